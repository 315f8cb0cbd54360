package org.isnad.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PART_OF: a group that is a branch, wing, member or unit of another. Patterns: «X أحد الفروع التابعة لـ Y»،
 * «X هي الذراع العسكرية لـ Y»، «الجناح المسلح لـ Y» (the wing itself is the child)، «جناح الشباب في Y»،
 * «X تنتمي إلى Y»، «انضمت X إلى Y»، «يضم Y … أبرزها X1 و X2».
 */
final class GroupRules {
    private final Slots slots;
    private final Sent s;
    private final MentionReader r;

    GroupRules(Slots slots) {
        this.slots = slots;
        this.s = slots.s;
        this.r = slots.r;
    }

    Optional<Candidate> branch(int t, int te, Trigger trig) {
        Optional<Mention> parent = parentAt(te);
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        int b = t - 1;
        while (b >= s.first && (s.isComma(b) || s.isFunc(b, Set.of("PRON")) || s.keys(b).contains("تعد")
                || s.keys(b).contains("يعد"))) {
            b--;
        }
        Optional<Mention> child = b >= s.first ? slots.endingAt(b + 1).filter(GroupRules::groupLike) : Optional.empty();
        Candidate c = new Candidate("PART_OF", s.span(t, te), 0.75, trig.shape());
        if (child.isPresent()) {
            c.add("child", child.get());
        } else if (s.lex.orgHeads.match(s.toks, t, s.end).filter(m -> m.value().equals("UNIT")).isPresent()) {
            c.addSpan("child", s.span(t, te)); // «الجناح المسلح لجماعة …»
        } else {
            return Optional.empty();
        }
        return Optional.of(c.add("parent", parent.get()));
    }

    private Optional<Mention> parentAt(int j) {
        if (s.isPrepWord(j, "في", "إلى", "تحت")) {
            return r.org(j + 1);
        }
        return s.hasPrepClitic(j, "ل") ? r.org(j) : Optional.empty();
    }

    private static boolean groupLike(Mention m) {
        return m.kind() == Mention.Kind.ORG || m.kind() == Mention.Kind.NP;
    }

    /** «جناح الشباب في حزب التجمع الوطني»: an organisation headed by a unit word, then في/ل and its parent. */
    List<Candidate> unitOrgs() {
        List<Candidate> out = new ArrayList<>();
        for (int i = s.first; i < s.end; i++) {
            if (s.lex.orgHeads.match(s.toks, i, s.end).filter(m -> m.value().equals("UNIT")).isEmpty()
                    || s.triggerAt(i).isPresent()) {
                continue;
            }
            Optional<Mention> unit = r.org(i);
            if (unit.isEmpty() || unit.get().to() == i + 1) {
                continue;
            }
            Optional<Mention> parent = parentAt(unit.get().to());
            if (parent.isPresent()) {
                out.add(new Candidate("PART_OF", unit.get().span(), 0.7, "unit-of").add("child", unit.get())
                        .add("parent", parent.get()));
            }
        }
        return out;
    }

    Optional<Candidate> belong(int t, int te, Trigger trig) {
        Optional<Mention> child = r.any(slots.skipAdjuncts(te), false).filter(GroupRules::groupLike);
        int j;
        if (child.isPresent()) {
            j = child.get().to();
        } else {
            int rel = -1;
            for (int x = t - 1; x >= Math.max(s.first, t - 6); x--) {
                if (s.isFunc(x, Set.of("REL"))) {
                    rel = x;
                    break;
                }
            }
            child = slots.endingAt(rel >= 0 ? rel : t).filter(GroupRules::groupLike);
            j = te;
        }
        if (child.isEmpty()) {
            return Optional.empty();
        }
        Optional<Mention> parent = parentAt(j);
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Candidate("PART_OF", s.span(t, te), 0.7, trig.shape()).add("child", child.get())
                .add("parent", parent.get()));
    }

    List<Candidate> include(int t, int te, Trigger trig) {
        List<Candidate> out = new ArrayList<>();
        Optional<Mention> parent = r.org(slots.skipAdjuncts(te));
        if (parent.isEmpty()) {
            return out;
        }
        List<Mention> children = new ArrayList<>();
        for (int x = parent.get().to(); x < parent.get().to() + 8 && s.in(x); x++) {
            if (s.isCue(x, "LIST")) {
                r.org(x + 1).ifPresent(m -> children.addAll(slots.coordinated(m)));
                break;
            }
        }
        if (children.isEmpty()) {
            slots.object(parent.get().to(), "").filter(m -> m.kind() == Mention.Kind.ORG)
                    .ifPresent(m -> children.addAll(slots.coordinated(m)));
        }
        for (Mention ch : children) {
            if (ch.kind() == Mention.Kind.ORG) {
                out.add(new Candidate("PART_OF", s.span(t, te), 0.65, trig.shape()).add("child", ch)
                        .add("parent", parent.get()));
            }
        }
        return out;
    }
}
