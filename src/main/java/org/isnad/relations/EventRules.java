package org.isnad.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.doc.Span;

/**
 * MEETING, AGREEMENT and ADVICE/REQUEST around a trigger verb or noun (see {@code triggers.txt} for the shapes):
 * the subject before or after the verb, the partner after «مع» or as direct object, «بين X و/مع Y» after an
 * event noun, the place after في/ب/بالقرب من and the time words of the sentence; for agreements the content after
 * «على»، «ل» or «يقضي ب»; for advice and requests the addressee (direct object, «من» or «على») and the content.
 */
final class EventRules {
    private final Slots slots;
    private final Sent s;
    private final MentionReader r;

    EventRules(Slots slots) {
        this.slots = slots;
        this.s = slots.s;
        this.r = slots.r;
    }

    Optional<Candidate> meeting(int t, int te, Trigger trig) {
        List<Mention> parts = new ArrayList<>();
        double conf = 0.75;
        switch (trig.shape()) {
            case "V_SUBJ_OBJ", "V_SUBJ_WITH" -> {
                Optional<Mention> subj = slots.subject(t, te);
                if (subj.isEmpty()) {
                    return Optional.empty();
                }
                parts.addAll(slots.coordinated(subj.get()));
                int j = slots.subjectBefore(subj.get(), t) ? te : parts.get(parts.size() - 1).to();
                j = skipLocative(slots.skipAdjuncts(j));
                Optional<Mention> obj = trig.shape().equals("V_SUBJ_OBJ") ? slots.object(j, "", "مع", "ب")
                        : slots.object(j, "مع", "ب");
                if (obj.isEmpty()) {
                    obj = slots.partnerAfter(j, 6);
                }
                obj.ifPresent(o -> parts.addAll(slots.coordinated(o)));
            }
            default -> {
                conf = 0.7;
                int b = -1;
                for (int x = te; x < te + 6 && s.in(x) && !s.isPunct(x); x++) {
                    if (s.isPrepWord(x, "بين")) {
                        b = x;
                        break;
                    }
                }
                if (b >= 0) {
                    Optional<Mention> first = r.any(b + 1, true);
                    if (first.isEmpty()) {
                        return Optional.empty();
                    }
                    parts.addAll(slots.coordinated(first.get()));
                    int j = parts.get(parts.size() - 1).to();
                    j = s.isComma(j) ? j + 1 : j;
                    if (parts.size() == 1) {
                        slots.object(j, "مع").ifPresent(m -> parts.addAll(slots.coordinated(m)));
                    }
                } else {
                    subjectList(t).ifPresent(parts::addAll);
                    slots.partnerAfter(te, 6).ifPresent(m -> parts.addAll(slots.coordinated(m)));
                    if (parts.size() < 2) {
                        parts.clear();
                        withBefore(t).ifPresent(parts::addAll);
                        conf = 0.6;
                    }
                }
            }
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        Candidate c = new Candidate("MEETING", s.span(t, te), conf, trig.shape());
        parts.forEach(p -> c.add("participant", p));
        List<Span> used = parts.stream().map(Mention::span).toList();
        Optional<Mention> place = slots.placeIn(te, s.end, used);
        if (place.isEmpty()) {
            place = slots.placeIn(s.first, t, used);
        }
        place.ifPresent(p -> c.add("place", p));
        addTime(c);
        return Optional.of(c);
    }

    /** Skips «في مكتبه» or «ببغداد» between a subject and an object. */
    private int skipLocative(int j) {
        for (int n = 0; n < 3 && s.in(j); n++) {
            if (s.isPrepWord(j, "في") && s.isWord(j + 1)) {
                Optional<Mention> m = r.any(j + 1, false);
                j = m.map(Mention::to).orElse(j + 2);
            } else if (s.hasPrepClitic(j, "ب") && r.place(j).isPresent()) {
                j = r.place(j).get().to();
            } else {
                break;
            }
        }
        return slots.skipAdjuncts(j);
    }

    /** The coordinated mentions that end right before token t («وعقد ممثلون عن الحكومة والمعارضة جولة محادثات»). */
    private Optional<List<Mention>> subjectList(int t) {
        for (int x = Math.max(s.first, t - 8); x < t; x++) {
            Optional<Mention> m = r.any(x, true);
            if (m.isPresent()) {
                List<Mention> co = slots.coordinated(m.get());
                if (co.get(co.size() - 1).to() == t) {
                    return Optional.of(co);
                }
            }
        }
        return Optional.empty();
    }

    /** «بحث X مع Y خلال لقائهما»: X before «مع», Y after it. */
    private Optional<List<Mention>> withBefore(int t) {
        for (int x = t - 1; x >= Math.max(s.first, t - 10); x--) {
            if (s.isPrepWord(x, "مع")) {
                Optional<Mention> y = r.any(x + 1, true);
                Optional<Mention> xm = slots.endingAt(x);
                if (y.isPresent() && xm.isPresent()) {
                    return Optional.of(List.of(xm.get(), y.get()));
                }
            }
        }
        return Optional.empty();
    }

    void addTime(Candidate c) {
        List<Span> times = slots.times();
        if (!times.isEmpty()) {
            c.addSpan("time", times.get(0));
            c.attr("time", times.stream().map(s::text).toList());
        }
    }

    Optional<Candidate> agreement(int t, int te, Trigger trig) {
        List<Mention> parties = new ArrayList<>();
        int after = te;
        int nounEnd = -1;
        if (trig.shape().equals("V_AGREE")) {
            Optional<Mention> subj = slots.subject(t, te);
            if (subj.isEmpty()) {
                return Optional.empty();
            }
            parties.addAll(slots.coordinated(subj.get()));
            after = slots.subjectBefore(subj.get(), t) ? te : parties.get(parties.size() - 1).to();
            for (int x = after; x < after + 8 && s.in(x) && !s.isPunct(x); x++) {
                Optional<PhraseTable.Match<Trigger>> n = s.triggerAt(x);
                if (n.isPresent() && n.get().value().shape().equals("N_AGREE")) {
                    nounEnd = x + n.get().length();
                    break;
                }
            }
            boolean needsNoun = s.keys(t).stream()
                    .anyMatch(k -> k.startsWith("وقع") || k.startsWith("ابرم") || k.startsWith("توصل"));
            if (needsNoun && nounEnd < 0) {
                return Optional.empty();
            }
            slots.partnerAfter(after, 10).ifPresent(m -> parties.addAll(slots.coordinated(m)));
        } else {
            nounEnd = te;
            for (int x = te; x < te + 3 && s.in(x); x++) {
                if (s.isPrepWord(x, "بين")) {
                    r.any(x + 1, true).ifPresent(m -> parties.addAll(slots.coordinated(m)));
                    break;
                }
            }
        }
        if (parties.isEmpty()) {
            return Optional.empty();
        }
        Candidate c = new Candidate("AGREEMENT", s.span(t, te), parties.size() > 1 ? 0.75 : 0.6, trig.shape());
        parties.forEach(p -> c.add("party", p));
        agreementContent(after, nounEnd, parties).ifPresent(sp -> c.addSpan("content", sp));
        List<Span> used = parties.stream().map(Mention::span).toList();
        slots.placeIn(te, s.end, used).ifPresent(p -> c.add("place", p));
        addTime(c);
        return Optional.of(c);
    }

    private Optional<Span> agreementContent(int after, int nounEnd, List<Mention> parties) {
        int last = parties.get(parties.size() - 1).to();
        for (int x = Math.max(after, nounEnd < 0 ? after : nounEnd); x < s.end && x < after + 14; x++) {
            if (s.isPunct(x)) {
                break;
            }
            if (s.keys(x).contains("يقضي")) {
                final int from = x + 1;
                return slots.contentFrom(from, 10).map(sp -> trimClitic(from, sp));
            }
        }
        int j = slots.skipAdjuncts(Math.max(after, last));
        if (s.isPrepWord(j, "على")) {
            return slots.contentFrom(j + 1, 10);
        }
        if (nounEnd >= 0) {
            int k0 = nounEnd;
            if (s.isPrepWord(k0, "مع") || k0 < last) {
                k0 = last;
            }
            final int k = k0;
            if (s.isWord(k) && !s.isPrepWord(k, "مع", "في", "بين")) {
                return slots.contentFrom(k, 8).map(sp -> trimClitic(k, sp));
            }
        }
        return Optional.empty();
    }

    private Span trimClitic(int tokenIndex, Span sp) {
        int bs = s.in(tokenIndex) ? Keys.baseStart(s.t(tokenIndex)) : sp.start();
        return bs > sp.start() && bs < sp.end() ? new Span(bs, sp.end()) : sp;
    }

    Optional<Candidate> advice(int t, int te, Trigger trig) {
        Optional<Mention> party = slots.subject(t, te);
        if (party.isEmpty()) {
            return Optional.empty();
        }
        int j = slots.subjectBefore(party.get(), t) ? te : party.get().to();
        j = slots.skipAdjuncts(j);
        Optional<Mention> target = switch (trig.shape()) {
            case "V_ASK_FROM" -> slots.object(j, "من");
            case "V_PROPOSE_TO" -> slots.object(j, "على");
            default -> s.isPrepWord(j, "إلى", "على") ? Optional.empty() : slots.object(j, "");
        };
        int k = target.map(Mention::to).orElse(j);
        Optional<Span> content;
        if (trig.shape().equals("V_ADVISE")) {
            if (s.isPrepWord(k, "على", "إلى")) {
                content = slots.contentFrom(k + 1, 12);
            } else if (s.hasPrepClitic(k, "ب")) {
                content = slots.contentFrom(k, 12).map(sp -> trimClitic(k, sp));
            } else {
                content = Optional.empty();
            }
        } else {
            content = slots.contentFrom(k, 12);
        }
        if (target.isEmpty() && content.isEmpty()) {
            return Optional.empty();
        }
        Candidate c = new Candidate("ADVICE", s.span(t, te), target.isPresent() ? 0.75 : 0.6, trig.shape())
                .add("party", party.get()).add("target", target);
        content.ifPresent(sp -> c.addSpan("content", sp));
        c.attr("act", trig.attributes().getOrDefault("act", "advice"));
        addTime(c);
        return Optional.of(c);
    }
}
