package org.isnad.relations;

import java.util.Map;

/**
 * A trigger word from {@code triggers.txt}: the relation type it signals, the shape of the pattern that reads its
 * arguments, and fixed attributes (kind, act).
 */
record Trigger(String type, String form, String shape, Map<String, String> attributes) {
    Trigger {
        attributes = Map.copyOf(attributes);
    }

    /** True for verb forms that themselves begin with «ال» («التقى»), which the article test must not reject. */
    boolean formBeginsWithAl() {
        return form.startsWith("ال");
    }

    boolean isVerb() {
        return shape.startsWith("V_");
    }
}
