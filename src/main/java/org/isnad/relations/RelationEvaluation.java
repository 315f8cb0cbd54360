package org.isnad.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.model.Certainty;
import org.isnad.model.Claim;
import org.isnad.model.Layers;
import org.isnad.model.Relation;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import org.isnad.text.Sentence;

/**
 * Runs the relation extractor and the trigger baseline on gold paragraphs and scores both in the same run. The
 * paragraphs go through the pipeline's stages before "relations" (tokens, sentences, and ner and attribution when
 * they are registered). Claims come from the attribution stage ({@link ClaimMode#PIPELINE}); when that stage is
 * absent, or with {@link ClaimMode#SENTENCE}, each sentence is one claim in the outlet's voice, which isolates the
 * relation rules from attribution errors.
 */
public final class RelationEvaluation {
    /** Where the claims of an evaluated paragraph come from. */
    public enum ClaimMode { PIPELINE, SENTENCE }

    private final Pipeline before;
    private final ClaimMode mode;
    private final RelationExtractor extractor = new RelationExtractor();
    private final TriggerBaseline baseline = new TriggerBaseline();
    private final RelationScorer system = new RelationScorer();
    private final RelationScorer base = new RelationScorer();
    private final List<String> stages;

    public RelationEvaluation(ClaimMode mode, boolean useNer) {
        List<String> names = new ArrayList<>();
        for (String n : StageCatalog.names()) {
            if (n.equals("relations")) {
                break;
            }
            if (List.of("tokens", "sentences", "ner", "attribution").contains(n) && (useNer || !n.equals("ner"))) {
                names.add(n);
            }
        }
        this.stages = List.copyOf(names);
        this.before = StageCatalog.build(names, PipelineConfig.defaults());
        this.mode = names.contains("attribution") ? mode : ClaimMode.SENTENCE;
    }

    /** The stages run before extraction. */
    public List<String> stages() {
        return stages;
    }

    public ClaimMode claimMode() {
        return mode;
    }

    /** Analyses one gold paragraph and adds it to both scores; returns the system's relations. */
    public List<Relation> add(RelationGold.Doc gold) {
        Document doc = prepare(gold.id(), gold.text());
        List<Relation> sys = extractor.extract(doc);
        system.add(gold.relations(), sys);
        base.add(gold.relations(), baseline.extract(doc));
        return sys;
    }

    Document prepare(String id, String text) {
        Document doc = before.process(Document.of(id, text));
        if (mode == ClaimMode.SENTENCE) {
            doc.set(Layers.CLAIMS, sentenceClaims(doc));
        }
        return doc;
    }

    /** One outlet-voice claim per sentence. */
    static List<Claim> sentenceClaims(Document doc) {
        List<Claim> out = new ArrayList<>();
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            out.add(new Claim("c" + (out.size() + 1), s.span(), Optional.empty(), Certainty.ASSERTED));
        }
        return out;
    }

    public RelationScorer system() {
        return system;
    }

    public RelationScorer baseline() {
        return base;
    }
}
