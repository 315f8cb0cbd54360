package org.isnad.screening;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds references to other UN list entries in free text: "(QDe.137)", "TAi.005", "KPe.023". */
public final class CrossReferences {
    private static final Pattern REF = Pattern.compile("\\b([A-Z]{2}[ie]\\.\\d{3})\\b");

    private CrossReferences() {
    }

    /** The distinct references in order of first appearance, without {@code self}. */
    public static List<String> find(String text, String self) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = REF.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals(self)) {
                out.add(m.group(1));
            }
        }
        return List.copyOf(out);
    }
}
