package org.isnad.store;

import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Span;

/** A list of spans as compact text for one column: {@code "12-30;41-55"}; the empty list is {@code ""}. */
final class SpanList {
    private SpanList() {
    }

    static String encode(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (!sb.isEmpty()) {
                sb.append(';');
            }
            sb.append(s.start()).append('-').append(s.end());
        }
        return sb.toString();
    }

    static List<Span> decode(String s) {
        List<Span> out = new ArrayList<>();
        if (s == null || s.isEmpty()) {
            return out;
        }
        for (String part : s.split(";")) {
            int dash = part.indexOf('-');
            out.add(new Span(Integer.parseInt(part.substring(0, dash)), Integer.parseInt(part.substring(dash + 1))));
        }
        return out;
    }
}
