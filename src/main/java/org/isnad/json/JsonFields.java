package org.isnad.json;

import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers for reading the project's JSON and JSON Lines inputs (gold files, analyses). */
public final class JsonFields {
    private JsonFields() {
    }

    /** The field's value; a missing or null field is an {@link IllegalArgumentException} naming it. */
    public static JsonNode require(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return v;
    }
}
