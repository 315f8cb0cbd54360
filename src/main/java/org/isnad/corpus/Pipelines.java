package org.isnad.corpus;

import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Document;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.Stage;
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
        for (String n : wanted) {
            if (!StageCatalog.names().contains(n)) {
                throw new IllegalArgumentException("unknown stage '" + n + "'; known: "
                        + String.join(",", StageCatalog.names()));
            }
        }
        List<Stage> stages = new ArrayList<>();
        for (String n : StageCatalog.DEFAULT_STAGES) {
            if (!wanted.contains(n)) {
                continue;
            }
            if (n.equals("profile")) {
                stages.add(new ProfileStage(lookup));
            } else {
                Pipeline one = StageCatalog.build(List.of(n), config);
                stages.add(new Stage() {
                    @Override
                    public String name() {
                        return n;
                    }

                    @Override
                    public void process(Document doc) {
                        one.process(doc);
                    }
                });
            }
        }
        return new Pipeline(stages);
    }
}
