package org.isnad.corpus;

import java.util.List;
import java.util.Map;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import org.isnad.profile.CorroborationLookup;
import org.isnad.profile.ProfileStage;

/** Builds pipelines whose profile stage grades claims with corroboration from the store. */
public final class Pipelines {
    private Pipelines() {
    }

    /** The named stages (all when empty) in catalogue order, with {@code profile} using the given lookup. */
    public static Pipeline withCorroboration(List<String> names, PipelineConfig config, CorroborationLookup lookup) {
        List<String> wanted = names.isEmpty() ? StageCatalog.DEFAULT_STAGES : names;
        return StageCatalog.build(wanted, config, Map.of("profile", new ProfileStage(lookup)));
    }
}
