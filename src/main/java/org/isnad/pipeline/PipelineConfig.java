package org.isnad.pipeline;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Settings a stage may read when it is built: model and list locations and free options.
 *
 * @param nerModel   a NER model file; empty for the shipped one
 * @param watchlists watchlist files to screen against; empty for none given on the command line
 * @param options    further named options
 */
public record PipelineConfig(Optional<Path> nerModel, java.util.List<Path> watchlists, Map<String, String> options) {
    public PipelineConfig {
        nerModel = nerModel == null ? Optional.empty() : nerModel;
        watchlists = watchlists == null ? java.util.List.of() : java.util.List.copyOf(watchlists);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(Optional.empty(), java.util.List.of(), Map.of());
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
