package org.isnad.screening;

import java.util.LinkedHashSet;
import java.util.Set;
import org.isnad.names.NamePart;
import org.isnad.names.ParsedName;

/**
 * The blocking keys of a name: for every name-like part, the trigrams of its coarse skeleton with start and end
 * marks ("^KL", "KLN", "LN$" for Jawlani, Julani, Golani and «الجولاني» alike), or the whole coarse skeleton when it
 * has at most two symbols ("=MT" for Muhammad). The ambiguous symbols 0 (th/s) and 9 (dh/d/z) give keys with both T
 * and S. Two names that share no key are never compared.
 */
public final class BlockingKeys {
    private BlockingKeys() {
    }

    public static Set<String> of(ParsedName name) {
        Set<String> keys = new LinkedHashSet<>();
        for (NamePart p : name.parts()) {
            if (p.isNameLike()) {
                addPart(p.coarse(), keys);
            }
        }
        return keys;
    }

    static void addPart(String coarse, Set<String> keys) {
        if (coarse.isEmpty()) {
            return;
        }
        int amb = coarse.indexOf('0') >= 0 ? coarse.indexOf('0') : coarse.indexOf('9');
        if (amb >= 0) {
            addPart(coarse.substring(0, amb) + 'T' + coarse.substring(amb + 1), keys);
            addPart(coarse.substring(0, amb) + 'S' + coarse.substring(amb + 1), keys);
            return;
        }
        if (coarse.length() <= 2) {
            keys.add("=" + coarse);
            return;
        }
        String marked = "^" + coarse + "$";
        for (int i = 0; i + 3 <= marked.length(); i++) {
            keys.add(marked.substring(i, i + 3));
        }
    }
}
