package org.isnad.profile;

import java.util.List;
import org.isnad.doc.Document;
import org.isnad.model.Layers;
import org.isnad.pipeline.Stage;

/**
 * Stage "profile", the last: fills the one-item {@link Layers#PROFILE} layer from the claims, attributions and
 * persuasion spans of earlier stages (an article with none of them gets a profile of zeros). Thread-safe.
 */
public final class ProfileStage implements Stage {
    private final ProfileBuilder builder;

    public ProfileStage() {
        this(CorroborationLookup.NONE);
    }

    public ProfileStage(CorroborationLookup corroboration) {
        this.builder = new ProfileBuilder(corroboration);
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public void process(Document doc) {
        doc.set(Layers.PROFILE, List.of(builder.build(doc)));
    }
}
