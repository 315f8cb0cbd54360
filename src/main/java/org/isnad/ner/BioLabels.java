package org.isnad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.model.EntityType;

/**
 * The BIO label set of a tagger: {@code O} at index 0, then {@code B-T} and {@code I-T} for each entity type T.
 * Knows which label sequences are valid (an {@code I-T} only after {@code B-T} or {@code I-T}). Immutable.
 */
public final class BioLabels {
    public static final String OUTSIDE = "O";

    private final List<EntityType> types;
    private final String[] names;

    public BioLabels(List<EntityType> types) {
        this.types = List.copyOf(types);
        List<String> n = new ArrayList<>();
        n.add(OUTSIDE);
        for (EntityType t : this.types) {
            n.add("B-" + t.name());
            n.add("I-" + t.name());
        }
        this.names = n.toArray(new String[0]);
    }

    public List<EntityType> types() {
        return types;
    }

    public int size() {
        return names.length;
    }

    public String name(int label) {
        return names[label];
    }

    /** The index of a label name such as "B-PERSON"; -1 when unknown. */
    public int index(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public boolean isBegin(int label) {
        return label > 0 && label % 2 == 1;
    }

    public boolean isInside(int label) {
        return label > 0 && label % 2 == 0;
    }

    /** The entity type of a B or I label; empty for O. */
    public Optional<EntityType> type(int label) {
        return label == 0 ? Optional.empty() : Optional.of(types.get((label - 1) / 2));
    }

    /** True when {@code cur} may follow {@code prev}; {@code prev < 0} means the sentence start. */
    public boolean allowed(int prev, int cur) {
        if (!isInside(cur)) {
            return true;
        }
        return prev == cur || prev == cur - 1;
    }
}
