package org.isnad.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * One entity span over token positions {@code [start, end)} with its type name.
 *
 * @param start first token
 * @param end   token after the last
 * @param type  type name ("PERSON", or a corpus's own name when scoring)
 */
public record Chunk(int start, int end, String type) {

    /**
     * The chunks of an IOB2 tag sequence such as {@code B-PERS I-PERS O}, read as conlleval does: an {@code I-T} that
     * does not continue a chunk of type T starts a new one.
     */
    public static List<Chunk> of(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String t = prefix.equals("O") ? null : tag.substring(2);
            boolean continues = prefix.equals("I") && type != null && type.equals(t);
            if (type != null && !continues) {
                out.add(new Chunk(start, i, type));
                type = null;
            }
            if (t != null && !continues) {
                start = i;
                type = t;
            }
        }
        return out;
    }
}
