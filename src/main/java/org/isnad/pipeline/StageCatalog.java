package org.isnad.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The stages Isnad knows, by name, in their default order. A stage list names some of them; each is built with the
 * pipeline's configuration. Stages that need an earlier layer say so in their own documentation.
 */
public final class StageCatalog {
    private static final Map<String, Function<PipelineConfig, Stage>> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("tokens", c -> new TokenizeStage());
        STAGES.put("sentences", c -> new SentenceStage());
        STAGES.put("ner", org.isnad.ner.NerStage::new);
        STAGES.put("attribution", c -> new org.isnad.attribution.AttributionStage());
        STAGES.put("relations", c -> new org.isnad.relations.RelationStage());
        STAGES.put("screening", org.isnad.screening.ScreeningStage::new);
        STAGES.put("persuasion", c -> new org.isnad.persuasion.PersuasionStage());
        STAGES.put("profile", c -> new org.isnad.profile.ProfileStage());
    }

    /** Every known stage, in order. */
    public static final List<String> DEFAULT_STAGES = List.copyOf(STAGES.keySet());

    private StageCatalog() {
    }

    public static List<String> names() {
        return List.copyOf(STAGES.keySet());
    }

    /** Builds the named stages in the catalogue's order. Unknown names are an error. */
    public static Pipeline build(List<String> names, PipelineConfig config) {
        for (String n : names) {
            if (!STAGES.containsKey(n)) {
                throw new IllegalArgumentException("unknown stage '" + n + "'; known: " + String.join(",", STAGES.keySet()));
            }
        }
        List<Stage> stages = new ArrayList<>();
        for (Map.Entry<String, Function<PipelineConfig, Stage>> e : STAGES.entrySet()) {
            if (names.contains(e.getKey())) {
                stages.add(e.getValue().apply(config));
            }
        }
        return new Pipeline(stages);
    }
}
