package org.isnad.ner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Arabic names of every country and territory, from the JDK's locale data ({@code Locale.getISOCountries()} shown
 * in Arabic), so no list has to be shipped. Both the full name and, for names of two or more words, nothing else:
 * partial names would be too ambiguous. Names are returned as written by the JDK.
 */
public final class Countries {
    private static final List<String> NAMES;

    static {
        Set<String> names = new TreeSet<>();
        Locale ar = new Locale("ar");
        for (String cc : Locale.getISOCountries()) {
            String n = new Locale("", cc).getDisplayCountry(ar);
            if (!n.isBlank() && !n.equals(cc)) {
                names.add(n.replaceAll("\\s*\\(.*\\)", "").strip());
            }
        }
        NAMES = List.copyOf(names);
    }

    private Countries() {
    }

    /** Every country name in Arabic. */
    public static List<String> arabicNames() {
        return NAMES;
    }
}
