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
        return DEFAULT_STAGES;
    }

    /** The error for the first name in the list that is no stage, if any. */
    public static java.util.Optional<String> unknownStage(List<String> names) {
        for (String n : names) {
            if (!STAGES.containsKey(n)) {
                return java.util.Optional.of("unknown stage '" + n + "'; known: " + String.join(",", STAGES.keySet()));
            }
        }
        return java.util.Optional.empty();
    }

    /** Builds the named stages in the catalogue's order. Unknown names are an error. */
    public static Pipeline build(List<String> names, PipelineConfig config) {
        return build(names, config, Map.of());
    }

    /**
     * Builds the named stages in the catalogue's order, taking a ready-made stage from {@code replacements} where one
     * is given for a name (the store's corroborating profile stage, say). Unknown names are an error.
     */
    public static Pipeline build(List<String> names, PipelineConfig config, Map<String, Stage> replacements) {
        unknownStage(names).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        List<Stage> stages = new ArrayList<>();
        for (Map.Entry<String, Function<PipelineConfig, Stage>> e : STAGES.entrySet()) {
            if (names.contains(e.getKey())) {
                Stage given = replacements.get(e.getKey());
                stages.add(given != null ? given : e.getValue().apply(config));
            }
        }
        return new Pipeline(stages);
    }
}
