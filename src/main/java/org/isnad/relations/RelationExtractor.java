package org.isnad.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Argument;
import org.isnad.model.Claim;
import org.isnad.model.Entity;
import org.isnad.model.Layers;
import org.isnad.model.Relation;
import org.isnad.text.Sentence;
import org.isnad.text.SentenceSplitter;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;

/**
 * Reads relations from a document's tokens, sentences, entities and claims: the rules of {@link RoleRules},
 * {@link GroupRules}, {@link EventRules}, {@link FlowRules} and {@link DesignationRules} propose candidates per
 * sentence; duplicates (the same relation read from a verb and from its noun) are merged; each survivor is tied to
 * the claim that contains its evidence by {@link ClaimLinker}, and dropped when there is none. Thread-safe.
 */
public final class RelationExtractor {
    private final RelationLexicon lex;
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public RelationExtractor() {
        this(RelationLexicon.get());
    }

    public RelationExtractor(RelationLexicon lex) {
        this.lex = lex;
    }

    /** The relations of a document, ids r1…, in text order. */
    public List<Relation> extract(Document doc) {
        List<Candidate> all = candidates(doc);
        List<Claim> claims = doc.get(Layers.CLAIMS);
        List<Relation> out = new ArrayList<>();
        for (Candidate c : all) {
            Span evidence = c.evidence();
            Optional<ClaimLinker.Link> link = ClaimLinker.link(doc.text(), claims, evidence, c.trigger);
            if (link.isEmpty()) {
                link = ClaimLinker.speakerLink(doc.text(), claims, doc.get(Layers.ATTRIBUTIONS), evidence);
            }
            if (link.isEmpty()) {
                continue;
            }
            Optional<Claim> claim = Optional.of(link.get().claim());
            if (c.type.equals("DESIGNATION") && !c.has("labeller")) {
                c.args.add(0, ClaimLinker.labeller(doc, claim.get()));
                c.attr("labeller_from", claim.get().attribution().isPresent() ? "attribution" : "outlet");
            }
            Map<String, Object> attrs = new LinkedHashMap<>(c.attributes);
            attrs.put("certainty", link.get().certainty().name());
            claim.get().attribution().ifPresent(a -> attrs.put("attribution", a));
            if (link.get().run().size() > 1) {
                attrs.put("claims", link.get().run().stream().map(Claim::id).toList());
            }
            double conf = c.confidence * ClaimLinker.factor(link.get().certainty());
            out.add(new Relation("r" + (out.size() + 1), c.type, arguments(doc, c), attrs, evidence,
                    claim.get().id(), Math.round(conf * 1000) / 1000.0));
        }
        return out;
    }

    /** Every candidate of the document after de-duplication, in text order (no claim needed). */
    List<Candidate> candidates(Document doc) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        if (tokens.isEmpty()) {
            tokens = tokenizer.tokenize(doc.text());
        }
        List<Sentence> sentences = doc.get(Layers.SENTENCES);
        if (sentences.isEmpty() || !doc.has(Layers.TOKENS)) {
            sentences = splitter.split(doc.text(), tokens);
        }
        List<Entity> entities = doc.get(Layers.ENTITIES);
        List<Candidate> found = new ArrayList<>();
        KeyedTokens keyed = new KeyedTokens(tokens);
        for (Sentence sentence : sentences) {
            if (sentence.tokenCount() == 0) {
                continue;
            }
            Sent s = new Sent(doc, keyed, sentence.firstToken(), sentence.endToken(), entities, lex);
            if (mayHoldRelation(s)) {
                found.addAll(dedupe(sentenceCandidates(s)));
            }
        }
        found.sort(Comparator.comparing(Candidate::evidence));
        return found;
    }

    /** A cheap test: a sentence without trigger, title, position cue or label has no relation. */
    private static boolean mayHoldRelation(Sent s) {
        for (int i = s.first; i < s.end; i++) {
            if (s.isWord(i) && (s.triggerAt(i).isPresent() || s.lex.titles.contains(s.toks, i, s.end)
                    || s.isCue(i, "LABEL") || s.isCue(i, "POSITION") || s.lex.orgHeads.contains(s.toks, i, s.end)
                    && s.lex.orgHeads.match(s.toks, i, s.end).get().value().equals("UNIT"))) {
                return true;
            }
        }
        return false;
    }

    private List<Candidate> sentenceCandidates(Sent s) {
        MentionReader r = new MentionReader(s);
        Slots slots = new Slots(r);
        RoleRules roles = new RoleRules(slots);
        EventRules events = new EventRules(slots);
        FlowRules flows = new FlowRules(slots);
        GroupRules groups = new GroupRules(slots);
        DesignationRules designations = new DesignationRules(slots);
        List<Candidate> out = new ArrayList<>();
        out.addAll(roles.position());
        out.addAll(roles.appointment());
        out.addAll(roles.apposition());
        for (int i = s.first; i < s.end; i++) {
            Optional<PhraseTable.Match<Trigger>> m = s.triggerAt(i);
            if (m.isEmpty()) {
                continue;
            }
            Trigger trig = m.get().value();
            int te = i + m.get().length();
            if (trig.isVerb() && Keys.hasArticle(s.t(i)) && !trig.formBeginsWithAl()) {
                continue; // verbs never take the article: «قوات الدعم السريع»
            }
            if (trig.attributes().containsKey("noun") && s.t(i).proclitics().isEmpty() && i > s.first
                    && s.isWord(i - 1) && !Keys.hasArticle(s.t(i - 1)) && !s.isFunc(i - 1, Sent.STOPS)) {
                continue; // a verbal noun in construct: «سبل دعم العملية السياسية»
            }
            boolean afterBa = s.t(i).proclitics().endsWith("ب")
                    || !Keys.unsplitPreposition(s.t(i)).isEmpty() && s.t(i).norm().startsWith("ب") && !trig.form().startsWith("ب");
            if (trig.attributes().containsKey("noun") && afterBa) {
                continue; // a verbal noun after ب is an adverbial: «بدعم روسيا»، «بطلب الحكومة» ("with … of"), no verb
            }
            switch (trig.type()) {
                case "MEETING" -> events.meeting(i, te, trig).ifPresent(out::add);
                case "AGREEMENT" -> events.agreement(i, te, trig).ifPresent(out::add);
                case "ADVICE" -> events.advice(i, te, trig).ifPresent(out::add);
                case "FUNDING", "SUPPORT" -> flows.flow(i, te, trig).ifPresent(out::add);
                case "DESIGNATION" -> designations.verb(i, te, trig).ifPresent(out::add);
                case "LEADS" -> roles.leadVerb(i, te, trig).ifPresent(out::add);
                case "PART_OF" -> {
                    switch (trig.shape()) {
                        case "V_BELONG" -> groups.belong(i, te, trig).ifPresent(out::add);
                        case "V_INCLUDE" -> out.addAll(groups.include(i, te, trig));
                        default -> groups.branch(i, te, trig).ifPresent(out::add);
                    }
                }
                default -> throw new IllegalStateException("triggers.txt: unknown type " + trig.type());
            }
            i = te - 1;
        }
        out.addAll(groups.unitOrgs());
        out.addAll(designations.labels());
        return out;
    }

    /** Keeps the first (most specific) reading of each relation: same family and overlapping core arguments. */
    static List<Candidate> dedupe(List<Candidate> cands) {
        List<Candidate> kept = new ArrayList<>();
        List<Candidate> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingDouble((Candidate c) -> -c.confidence));
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(k -> same(k, c))) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static boolean same(Candidate a, Candidate b) {
        if (!RelationTypes.family(a.type).equals(RelationTypes.family(b.type))) {
            return false;
        }
        int shared = 0;
        for (String role : RelationTypes.coreRoles(a.type)) {
            List<Span> x = a.argSpans(role);
            List<Span> y = b.argSpans(role);
            if (x.isEmpty() || y.isEmpty()) {
                continue;
            }
            if (x.stream().noneMatch(p -> y.stream().anyMatch(p::overlaps))) {
                return false;
            }
            shared++;
        }
        if (a.type.equals("MEETING") || a.type.equals("AGREEMENT")) {
            return countOverlap(a, b) >= 2 || a.trigger.overlaps(b.trigger);
        }
        return shared > 0 || a.trigger.overlaps(b.trigger);
    }

    private static int countOverlap(Candidate a, Candidate b) {
        int n = 0;
        for (Candidate.Arg x : a.args) {
            for (Candidate.Arg y : b.args) {
                if (x.role().equals(y.role()) && x.span().isPresent() && y.span().isPresent()
                        && x.span().get().overlaps(y.span().get())) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static List<Argument> arguments(Document doc, Candidate c) {
        List<Argument> out = new ArrayList<>();
        Map<String, Entity> byId = new HashMap<>();
        doc.get(Layers.ENTITIES).forEach(e -> byId.put(e.id(), e));
        for (Candidate.Arg a : c.args) {
            if (a.span().isPresent()) {
                Span sp = a.span().get();
                Optional<String> entity = a.entity().isPresent() ? a.entity() : bestEntity(doc, sp);
                out.add(new Argument(a.role(), entity, doc.text(sp), Optional.of(sp)));
            } else {
                out.add(new Argument(a.role(), a.entity(), a.text().orElse(""), Optional.empty()));
            }
        }
        return out;
    }

    /** The entity whose mention overlaps the span most, if any. */
    private static Optional<String> bestEntity(Document doc, Span sp) {
        String best = null;
        int bestOverlap = 0;
        for (Entity e : doc.get(Layers.ENTITIES)) {
            for (Span m : e.mentions()) {
                int ov = Math.min(m.end(), sp.end()) - Math.max(m.start(), sp.start());
                if (ov > bestOverlap && ov * 2 >= m.length()) {
                    bestOverlap = ov;
                    best = e.id();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
