package org.isnad.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.doc.Span;

/**
 * ROLE and LEADS: a person with a title of an organisation or country, and a person who leads a group.
 * <ul>
 *   <li>apposition: a title phrase followed by a name («وزير الداخلية العراقي، عبد الكريم الساعدي»); a leader
 *       word with an organisation makes LEADS («قائد جبهة التحرير الشرقية، أبو عمر الساحلي»);</li>
 *   <li>holding a position: «NAME، الذي يشغل منصب TITLE»، «يشغل NAME منصب TITLE»، «كان NAME يشغل منصب»;</li>
 *   <li>appointment: «عينت X NAME TITLE» («مستشاراً لرئيس الوزراء»);</li>
 *   <li>leading verbs: «يتزعم NAME GROUP»، «يقود NAME GROUP»، «يتولى NAME قيادة GROUP».</li>
 * </ul>
 */
final class RoleRules {
    private final Slots slots;
    private final Sent s;
    private final MentionReader r;

    RoleRules(Slots slots) {
        this.slots = slots;
        this.s = slots.s;
        this.r = slots.r;
    }

    List<Candidate> apposition() {
        List<Candidate> out = new ArrayList<>();
        int i = s.first;
        while (i < s.end) {
            boolean afterPosition = i > s.first && s.isCue(i - 1, "POSITION");
            Optional<TitlePhrase> tp = afterPosition ? Optional.empty() : r.titles().read(i);
            if (tp.isEmpty() || tp.get().person().isEmpty()) {
                i++;
                continue;
            }
            TitlePhrase t = tp.get();
            Mention person = t.person().get();
            out.add(fromTitle(t, person, t.comma() ? 0.8 : 0.65, "apposition"));
            i = person.to();
        }
        return out;
    }

    /** A ROLE (or LEADS) from a title phrase and the person it belongs to. */
    Candidate fromTitle(TitlePhrase t, Mention person, double conf, String pattern) {
        if (t.leader() && t.org().isPresent()) {
            return new Candidate("LEADS", t.title(), conf, pattern + "-leader")
                    .add("leader", person).add("group", t.org().get())
                    .attr("role_text", s.text(t.roleText())).attr("former", t.former());
        }
        Candidate c = new Candidate("ROLE", t.title(), conf, pattern).add("person", person)
                .addSpan("title", t.title()).add("org", t.org()).add("country", t.country());
        return c.attr("role_text", s.text(t.roleText())).attr("former", t.former());
    }

    /** «الذي يشغل منصب …»، «يشغل NAME منصب …»، «كان NAME يشغل منصب …». */
    List<Candidate> position() {
        List<Candidate> out = new ArrayList<>();
        for (int i = s.first; i < s.end; i++) {
            if (!s.isCue(i, "POSITION")) {
                continue;
            }
            Optional<TitlePhrase> tp = r.titles().read(i + 1);
            if (tp.isEmpty()) {
                continue;
            }
            int hold = -1;
            for (int x = i - 1; x >= Math.max(s.first, i - 5); x--) {
                if (s.isCue(x, "HOLD")) {
                    hold = x;
                    break;
                }
            }
            if (hold < 0) {
                continue;
            }
            final int pos = i;
            Optional<Mention> person = hold + 1 < i ? r.name(hold + 1).filter(m -> m.to() == pos) : Optional.empty();
            if (person.isEmpty()) {
                int b = hold - 1;
                if (b >= s.first && s.isFunc(b, java.util.Set.of("REL"))) {
                    b--;
                }
                if (b >= s.first && s.isFunc(b, java.util.Set.of("VERB"))) {
                    b--; // «كان»
                }
                if (b >= s.first && s.isComma(b)) {
                    b--;
                }
                person = slots.endingAt(b + 1).filter(m -> m.kind() == Mention.Kind.PERSON);
            }
            if (person.isPresent()) {
                TitlePhrase t = tp.get();
                boolean former = t.former() || s.isFunc(hold - 1, java.util.Set.of("VERB"))
                        && s.keys(hold - 1).contains("كان");
                TitlePhrase f = new TitlePhrase(t.title(), t.roleText(), t.org(), t.country(), former, t.leader(),
                        Optional.empty(), false);
                out.add(fromTitle(f, person.get(), 0.85, "holds-position"));
            }
        }
        return out;
    }

    /** «عينت الحكومة NAME TITLE». */
    List<Candidate> appointment() {
        List<Candidate> out = new ArrayList<>();
        for (int i = s.first; i < s.end; i++) {
            if (!s.isCue(i, "HOLD") || !s.keys(i).stream().anyMatch(k -> k.startsWith("عين"))) {
                continue;
            }
            Optional<Mention> subj = r.any(i + 1, false);
            if (subj.isEmpty()) {
                continue;
            }
            Optional<Mention> person = r.name(subj.get().to());
            if (person.isEmpty()) {
                continue;
            }
            Optional<TitlePhrase> tp = r.titles().read(person.get().to());
            tp.ifPresent(t -> out.add(fromTitle(t, person.get(), 0.7, "appointment")));
        }
        return out;
    }

    /** LEADS from a leading verb at [t, te). */
    Optional<Candidate> leadVerb(int t, int te, Trigger trig) {
        Span tr = s.span(t, te);
        if (trig.shape().equals("N_LEAD")) {
            // «يتولى NAME قيادة GROUP»
            if (t - 1 < s.first) {
                return Optional.empty();
            }
            Optional<Mention> leader = slots.endingAt(t).filter(m -> m.kind() == Mention.Kind.PERSON);
            Optional<Mention> group = r.org(te);
            if (leader.isEmpty() || group.isEmpty() || !s.isCue(leader.get().from() - 1, "HOLD")) {
                return Optional.empty();
            }
            return Optional.of(new Candidate("LEADS", tr, 0.75, "holds-leadership").add("leader", leader.get())
                    .add("group", group.get()).attr("former", false));
        }
        int j = slots.skipAdjuncts(te);
        while (s.in(j) && s.lex.nameParts.match(s.toks, j, s.end).filter(m -> m.value().equals("RANK")).isPresent()) {
            j++;
        }
        Optional<Mention> leader = r.any(j, true).filter(m -> m.kind() == Mention.Kind.PERSON);
        Optional<Mention> group;
        if (leader.isPresent()) {
            group = r.org(leader.get().to());
        } else {
            leader = slots.endingAt(t).filter(m -> m.kind() == Mention.Kind.PERSON);
            group = r.org(te);
        }
        if (leader.isEmpty() || group.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Candidate("LEADS", tr, 0.75, "lead-verb").add("leader", leader.get())
                .add("group", group.get()).attr("former", false));
    }
}
