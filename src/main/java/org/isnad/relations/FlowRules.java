package org.isnad.relations;

import java.util.List;
import java.util.Optional;

/**
 * FUNDING and SUPPORT: who gives money, arms, aid or logistics to whom, and where it flows from and to. The kind
 * (financial, military, humanitarian, logistic, political) comes from the trigger or from a kind word in the few
 * words after it («دعماً عسكرياً»، «بطائرات مسيرة»، «مساعدات إنسانية»); the type is FUNDING when the kind is
 * financial and SUPPORT otherwise.
 */
final class FlowRules {
    private static final int WINDOW = 6;

    private final Slots slots;
    private final Sent s;
    private final MentionReader r;

    FlowRules(Slots slots) {
        this.slots = slots;
        this.s = slots.s;
        this.r = slots.r;
    }

    Optional<Candidate> flow(int t, int te, Trigger trig) {
        Optional<Mention> funder = Optional.empty();
        Optional<Mention> recipient = Optional.empty();
        int kindFrom = te;
        double conf = 0.7;
        switch (trig.shape()) {
            case "V_GIVE" -> {
                funder = slots.subject(t, te);
                if (funder.isEmpty()) {
                    return Optional.empty();
                }
                int j = slots.subjectBefore(funder.get(), t) ? te : funder.get().to();
                recipient = slots.object(j, "", "ل", "إلى");
                kindFrom = recipient.map(Mention::to).orElse(j);
            }
            case "V_GIVE_NOUN", "V_RECEIVE" -> {
                Optional<Mention> subj = slots.subject(t, te);
                if (subj.isEmpty()) {
                    return Optional.empty();
                }
                int j = slots.subjectBefore(subj.get(), t) ? te : subj.get().to();
                int noun = supportNoun(j);
                kindFrom = j;
                if (noun < 0) {
                    // «تمويل بقيمة 3.5 مليون دولار قدمته X للجبهة»: the support noun before the verb
                    int before = supportNoun(Math.max(s.first, t - WINDOW));
                    if (before < 0 || before >= t) {
                        return Optional.empty();
                    }
                    noun = subj.get().to();
                    kindFrom = before;
                }
                if (trig.shape().equals("V_GIVE_NOUN")) {
                    funder = subj;
                    recipient = scanFor(noun, "ل", "إلى");
                } else {
                    recipient = subj;
                    funder = scanFor(noun, "من");
                }
            }
            default -> {
                conf = 0.6;
                if (s.hasPrepClitic(t, "ب") || t > s.first && !s.isFunc(t - 1, Sent.STOPS)) {
                    funder = slots.endingAt(t);
                }
                if (trig.attributes().containsKey("needs") && supportNoun(te) < 0) {
                    return Optional.empty();
                }
                recipient = s.isCue(te, "KIND") ? Optional.empty() : slots.object(te, "")
                        .filter(m -> m.kind() != Mention.Kind.NP && m.kind() != Mention.Kind.PERSON
                                || m.entity().isPresent());
            }
        }
        if (trig.shape().startsWith("V_GIVE") && funder.filter(m -> m.kind() == Mention.Kind.NP
                && m.entity().isEmpty()).isPresent()) {
            return Optional.empty(); // «قدم الشكر للشعب»، «دعمه المتواصل»: a common noun gives nothing
        }
        Optional<Mention> destination = Optional.empty();
        if (recipient.isEmpty() || weak(recipient.get())) {
            Optional<Mention> dative = scanFor(te, "ل", "لصالح");
            if (dative.isPresent()) {
                recipient = dative;
            } else {
                Optional<Mention> to = scanFor(te, "إلى");
                if (to.isPresent() && to.get().isPlace()) {
                    destination = to;
                } else if (to.isPresent()) {
                    recipient = to;
                }
            }
        }
        String kind = trig.attributes().getOrDefault("kind", kindNear(kindFrom).orElse(kindNear(te).orElse("unspecified")));
        Optional<Mention> origin = placeAfter(te, "من");
        if (destination.isEmpty()) {
            destination = placeAfter(te, "إلى", "في");
        }
        if (destination.isPresent() && recipient.isPresent() && destination.get().span().overlaps(recipient.get().span())) {
            destination = Optional.empty();
        }
        if (recipient.isEmpty() && destination.isEmpty()) {
            return Optional.empty(); // a flow needs somewhere to go
        }
        if (funder.isEmpty() && recipient.isEmpty() && origin.isEmpty()) {
            return Optional.empty();
        }
        String type = kind.equals("financial") ? "FUNDING" : "SUPPORT";
        Candidate c = new Candidate(type, s.span(t, te), conf, trig.shape())
                .add("funder", funder).add("recipient", recipient).add("origin", origin)
                .add("destination", destination).attr("kind", kind);
        new EventRules(slots).addTime(c);
        return Optional.of(c);
    }

    /** A guessed name or bare noun phrase as direct object: a dative recipient after it is preferred. */
    private static boolean weak(Mention m) {
        return m.entity().isEmpty() && (m.kind() == Mention.Kind.NP || m.kind() == Mention.Kind.PERSON
                && m.title().isEmpty());
    }

    /** The index of a support noun or kind word within the window after j, or -1. */
    private int supportNoun(int j) {
        for (int x = j; x < j + WINDOW && s.in(x) && !s.isPunct(x); x++) {
            if (s.isCue(x, "KIND") || s.keys(x).contains("دعم")) {
                return x;
            }
        }
        return -1;
    }

    /** The first mention after one of the prepositions within the window after j. */
    private Optional<Mention> scanFor(int j, String... preps) {
        for (int x = j; x < j + WINDOW + 2 && s.in(x) && !s.isPunct(x); x++) {
            if (List.of(preps).contains("لصالح") && s.hasPrepClitic(x, "ل") && s.keys(x).contains("صالح")) {
                return r.any(x + 1, true);
            }
            Optional<Mention> m = slots.object(x, preps);
            if (m.isPresent() && !(s.isCue(x, "KIND") && m.get().kind() == Mention.Kind.NP)) {
                return m;
            }
            if (m.isEmpty() && preps.length > 0 && s.isPrepWord(x, preps[preps.length - 1])) {
                // «إلى حسابات مرتبطة بـ«كتائب الصمود»»: the organisation a few words on
                for (int y = x + 2; y < x + 5 && s.in(y) && !s.isPunct(y); y++) {
                    if (s.hasPrepClitic(y, "ب") || s.hasPrepClitic(y, "ل")) {
                        Optional<Mention> o = r.any(y, false).filter(q -> q.kind() == Mention.Kind.ORG);
                        if (o.isPresent()) {
                            return o;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    Optional<String> kindNear(int j) {
        for (int x = j; x < j + WINDOW && s.in(x) && !s.isPunct(x); x++) {
            Optional<PhraseTable.Match<String[]>> k = s.lex.cue(s.toks, x, s.end, "KIND");
            if (k.isPresent()) {
                return Optional.of(k.get().value()[1]);
            }
        }
        return Optional.empty();
    }

    private Optional<Mention> placeAfter(int j, String... preps) {
        for (int x = j; x < s.end && !s.isPunct(x); x++) {
            boolean prep = false;
            for (String p : preps) {
                prep |= s.isPrepWord(x, p);
            }
            if (prep) {
                Optional<Mention> p = r.place(x + 1);
                if (p.isEmpty() && List.of(preps).contains("إلى")) {
                    p = r.any(x + 1, false).filter(m -> m.kind() == Mention.Kind.NP);
                }
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }
}
