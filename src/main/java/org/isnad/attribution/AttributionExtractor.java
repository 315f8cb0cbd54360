package org.isnad.attribution;

import java.util.Comparator;
import java.util.List;
import org.isnad.model.Entity;

/**
 * Builds attribution drafts from cues: for each cue it finds the source (verb-first, subject-first, after a
 * preposition, or implicit), the content and the channel, and records relaying sources met on the way. Verbs and
 * nouns are read by {@link VerbCues}, participles, pronoun phrases and prepositions by {@link OtherCues}, both over
 * one document's {@link ExtractionRun}. Chains, continuations and certainty are settled afterwards by
 * {@link ChainLinker} and {@link CertaintyRules}. Thread-safe: all per-document state lives in the run.
 */
final class AttributionExtractor {
    private final CueFinder finder;
    private final ExtractionParts parts;

    AttributionExtractor(CueLexicon cues, SourceLexicon lex) {
        this.finder = new CueFinder(cues);
        this.parts = new ExtractionParts(cues, lex);
    }

    /** The drafts of one document, in cue order. */
    List<Draft> extract(TokenText tt, List<Entity> entities) {
        ExtractionRun run = new ExtractionRun(parts, tt, entities, finder.find(tt));
        VerbCues verbs = new VerbCues(run);
        OtherCues others = new OtherCues(run, verbs);
        CueMatch last = null;
        for (int i = 0; i < tt.size(); i++) {
            CueMatch c = run.cueAt[i];
            if (c == null || c == last || run.consumed.contains(c)) {
                continue;
            }
            last = c;
            if (parts.before.isTitleLine(tt, c.first())) {
                continue; // titles and headlines are not attributions
            }
            switch (c.kind()) {
                case VERB, NOUN -> verbs.verb(c);
                case PARTICIPLE -> others.participle(c);
                case PREP, FRONT -> others.prepositional(c);
                case PRONOUN -> others.pronoun(c);
                default -> { }
            }
        }
        List<Draft> drafts = run.drafts;
        drafts.sort(Comparator.comparingInt((Draft d) -> d.cueSpan.start()).thenComparingInt(d -> d.content.start()));
        return drafts;
    }
}
