package org.isnad.store;

import java.util.Comparator;
import java.util.function.Function;

/** Orders per-document identifiers such as {@code e2 < e10} by prefix, then number. */
final class LocalIds {
    private LocalIds() {
    }

    /** A comparator on items by their local id. */
    static <T> Comparator<T> byId(Function<T, String> id) {
        return (x, y) -> compare(id.apply(x), id.apply(y));
    }

    static int compare(String a, String b) {
        int da = firstDigit(a);
        int db = firstDigit(b);
        int p = a.substring(0, da).compareTo(b.substring(0, db));
        if (p != 0 || da == a.length() || db == b.length()) {
            return p != 0 ? p : a.compareTo(b);
        }
        try {
            return Long.compare(Long.parseLong(a.substring(da)), Long.parseLong(b.substring(db)));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private static int firstDigit(String s) {
        int i = 0;
        while (i < s.length() && !Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
