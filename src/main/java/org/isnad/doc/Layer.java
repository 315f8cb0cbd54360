package org.isnad.doc;

/**
 * The key of one annotation layer on a {@link Document}: a name and the type of its items.
 * Layers are declared once, as constants, in {@link Layers}.
 */
public record Layer<T>(String name, Class<T> type) {
    @Override
    public String toString() {
        return name;
    }
}
