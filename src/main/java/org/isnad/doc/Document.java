package org.isnad.doc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One report: its original text, its metadata, and annotation layers added by pipeline stages.
 *
 * <p>The text is never changed after construction; every annotation points into it by {@link Span}.
 * A document is worked on by one thread at a time; the pipeline that fills it may be shared.
 */
public final class Document {
    private final String text;
    private final Metadata metadata;
    private final Map<Layer<?>, List<?>> layers = new LinkedHashMap<>();

    public Document(String text, Metadata metadata) {
        this.text = Objects.requireNonNull(text, "text");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    public static Document of(String id, String text) {
        return new Document(text, Metadata.of(id));
    }

    public String text() {
        return text;
    }

    public Metadata metadata() {
        return metadata;
    }

    public String id() {
        return metadata.id();
    }

    /** The text a span covers. Throws if the span does not lie inside the text. */
    public String text(Span span) {
        check(span);
        return text.substring(span.start(), span.end());
    }

    /** Throws {@link IllegalArgumentException} when a span does not lie inside this document's text. */
    public Span check(Span span) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("span " + span + " outside text of length " + text.length());
        }
        return span;
    }

    /**
     * Replaces a layer with the given items (copied, unmodifiable). A list that is already immutable and null-free
     * by construction ({@link org.isnad.text.TokenList}) is kept as it is.
     */
    public <T> void set(Layer<T> layer, List<? extends T> items) {
        layers.put(layer, items instanceof org.isnad.text.TokenList ? items : List.copyOf(items));
    }

    /** The items of a layer, or an empty list when no stage added it. */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        List<?> items = layers.get(layer);
        return items == null ? List.of() : (List<T>) items;
    }

    /** The single item of a one-item layer (such as the profile), if present. */
    public <T> java.util.Optional<T> getOne(Layer<T> layer) {
        List<T> items = get(layer);
        return items.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(items.get(0));
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** The names of the layers present, in the order they were added. */
    public List<String> layerNames() {
        return layers.keySet().stream().map(Layer::name).toList();
    }

    Map<Layer<?>, List<?>> layers() {
        return Collections.unmodifiableMap(layers);
    }
}
