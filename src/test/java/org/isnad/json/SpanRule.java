package org.isnad.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks the offset rule on an analysis JSON: every object anywhere in it that has integer {@code start} and
 * {@code end} lies inside {@code document.text}, and when it has a {@code text}, that text is exactly the substring.
 */
public final class SpanRule {
    private SpanRule() {
    }

    /** Checks every span; returns how many were checked. */
    public static int check(JsonNode analysis) {
        String text = analysis.at("/document/text").asText();
        return walk(analysis, text, "");
    }

    private static int walk(JsonNode n, String text, String path) {
        int count = 0;
        if (n.isObject()) {
            JsonNode s = n.get("start");
            JsonNode e = n.get("end");
            if (s != null && e != null && s.isInt() && e.isInt()) {
                int start = s.intValue();
                int end = e.intValue();
                assertTrue(0 <= start && start <= end && end <= text.length(), path + " [" + start + "," + end + ")");
                JsonNode t = n.get("text");
                if (t != null && !path.equals("/document")) {
                    assertEquals(text.substring(start, end), t.asText(), path);
                }
                count++;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                count += walk(f.getValue(), text, path + "/" + f.getKey());
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                count += walk(n.get(i), text, path + "/" + i);
            }
        }
        return count;
    }
}
