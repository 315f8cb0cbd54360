package org.isnad.screening;

import java.util.LinkedHashSet;
import java.util.Set;
import org.isnad.names.NamePart;
import org.isnad.names.ParsedName;

/**
 * The blocking keys of a name: for every name-like part, the trigrams of its coarse skeleton with start and end
 * marks ("^KL", "KLN", "LN$" for Jawlani, Julani, Golani and «الجولاني» alike), or the whole coarse skeleton when it
 * has at most two symbols ("=MT" for Muhammad). Two names that share no key are never compared.
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
