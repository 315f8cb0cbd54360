package org.isnad.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DESIGNATION: who labels whom how. A label adjective right after a name («جماعة حراس العقيدة الإرهابية»), a
 * label predicate («جبهة النصرة منظمة إرهابية»), or a verb of designating («صنفت X Y منظمة إرهابية»، «أدرجت X Y
 * على قائمة …»). The labeller is the verb's subject, or X of «التصنيف الذي حدده X»; when the text names none, it
 * is left to the claim (its attribution's source, or the outlet) — see {@link ClaimLinker}.
 */
final class DesignationRules {
    private final Slots slots;
    private final Sent s;
    private final MentionReader r;

    DesignationRules(Slots slots) {
        this.slots = slots;
        this.s = slots.s;
        this.r = slots.r;
    }

    /** Label adjectives and label predicates after a name. */
    List<Candidate> labels() {
        List<Candidate> out = new ArrayList<>();
        for (int i = s.first + 1; i < s.end; i++) {
            Optional<PhraseTable.Match<String[]>> m = s.lex.cue(s.toks, i, s.end, "LABEL");
            if (m.isEmpty() || Keys.hasConj(s.t(i)) || s.hasAnyPrepClitic(i)) {
                continue;
            }
            boolean adj = m.get().value()[1].equals("adj");
            Optional<Mention> target = slots.endingAt(i).filter(x -> x.kind() != Mention.Kind.PLACE
                    && x.kind() != Mention.Kind.PERSON || adj && x.kind() == Mention.Kind.PEOPLE);
            if (target.isEmpty() || target.get().to() - target.get().from() == 1 && !Keys.hasArticle(s.t(target.get().from()))
                    && target.get().entity().isEmpty()) {
                continue; // «تنظيم إرهابي»: a bare indefinite head names no one
            }
            if ((target.get().kind() == Mention.Kind.NP || target.get().kind() == Mention.Kind.TITLED)
                    && target.get().entity().isEmpty()) {
                continue; // «الهجوم الإرهابي»، «التنظيمات الإرهابية»: an act, a class of groups, a role: no named actor
            }
            int e = i + m.get().length();
            Candidate c = new Candidate("DESIGNATION", s.span(i, e), adj ? 0.7 : 0.65, adj ? "label-adjective"
                    : "label-predicate").add("target", target.get()).addSpan("label", s.span(i, e));
            designator().ifPresent(d -> c.add("labeller", d));
            out.add(c);
            i = e - 1;
        }
        return out;
    }

    /** «بحسب التصنيف الذي حدده مجلس الأمن»: the organisation after the designator cue. */
    private Optional<Mention> designator() {
        for (int i = s.first; i < s.end; i++) {
            if (s.isCue(i, "DESIGNATOR")) {
                for (int x = i + 1; x < i + 5 && s.in(x); x++) {
                    Optional<Mention> o = r.org(x);
                    if (o.isPresent()) {
                        return o;
                    }
                }
            }
        }
        return Optional.empty();
    }

    Optional<Candidate> verb(int t, int te, Trigger trig) {
        Optional<Mention> labeller = slots.subject(t, te);
        if (labeller.isEmpty()) {
            return Optional.empty();
        }
        int j = slots.subjectBefore(labeller.get(), t) ? te : labeller.get().to();
        Optional<Mention> target = slots.object(j, "");
        if (target.isEmpty()) {
            return Optional.empty();
        }
        int k = target.get().to();
        Optional<PhraseTable.Match<String[]>> lab = s.lex.cue(s.toks, k, s.end, "LABEL");
        Optional<org.isnad.doc.Span> label;
        if (lab.isPresent()) {
            label = Optional.of(s.span(k, k + lab.get().length()));
        } else if (s.isPrepWord(k, "على")) {
            label = slots.contentFrom(k + 1, 6);
        } else {
            label = Optional.empty();
        }
        if (label.isEmpty()) {
            return Optional.empty();
        }
        Candidate c = new Candidate("DESIGNATION", s.span(t, te), 0.8, trig.shape()).add("labeller", labeller.get())
                .add("target", target.get()).addSpan("label", label.get());
        return Optional.of(c);
    }
}
