package org.isnad.persuasion;

import java.util.LinkedHashSet;
import java.util.Set;
import org.isnad.text.LexiconFile;

/** The technique names Isnad knows ({@code techniques.txt}): ArMPro's 23 labels and Isnad's own additions. */
public final class Techniques {
    private static final Set<String> ARMPRO = new LinkedHashSet<>();
    private static final Set<String> ALL = new LinkedHashSet<>();

    static {
        for (String[] row : LexiconFile.rows("/org/isnad/persuasion/techniques.txt")) {
            ALL.add(row[0]);
            if (row.length > 1 && row[1].equals("ARMPRO")) {
                ARMPRO.add(row[0]);
            }
        }
    }

    private Techniques() {
    }

    /** ArMPro's labels. */
    public static Set<String> armpro() {
        return Set.copyOf(ARMPRO);
    }

    /** Every known technique. */
    public static Set<String> all() {
        return Set.copyOf(ALL);
    }

    public static boolean isKnown(String technique) {
        return ALL.contains(technique);
    }
}
