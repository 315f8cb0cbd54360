package org.isnad.screening;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.isnad.names.NamePart;
import org.isnad.names.ParsedName;

/**
 * The blocking keys of a name: for every name-like part, the trigrams of its coarse skeleton with start and end
 * marks ("^KL", "KLN", "LN$" for Jawlani, Julani, Golani and «الجولاني» alike), or the whole coarse skeleton when it
 * has at most two symbols ("=MT" for Muhammad). The ambiguous symbols 0 (th/s) and 9 (dh/d/z) give keys with both T
 * and S. Arabic words of group names also give the keys of their English renderings (جبهه → "front"), and two
 * short adjacent parts the keys of their concatenation (ولی جان ~ Walijan). Two names that share no key are
 * never compared.
 */
public final class BlockingKeys {
    private BlockingKeys() {
    }

    /** Every blocking key of the name, in the order its parts give them ({@link #sources}). */
    public static Set<String> of(ParsedName name) {
        Set<String> keys = new LinkedHashSet<>();
        sources(name, coarse -> addPart(coarse, keys));
        return keys;
    }

    /**
     * The coarse skeletons whose {@linkplain #keysOf keys}, taken in this order, are the name's keys part by part
     * (a key of two joined parts belongs to both): for every part that gives keys (name-like parts and Arabic group
     * words; not legal forms, particles, titles or Latin group words), its own skeleton and those of its English
     * renderings, the part joined with the one before it, and the part joined with the one after it. A query's keys
     * can so be looked up per skeleton, with the skeleton's key ids cached, instead of building every key string.
     */
    public static void sources(ParsedName name, Consumer<String> sink) {
        List<NamePart> parts = name.parts();
        for (int i = 0; i < parts.size(); i++) {
            NamePart p = parts.get(i);
            if (!givesKeys(p)) {
                continue;
            }
            String coarse = p.coarse();
            sink.accept(coarse);
            if (p.arabic()) {
                for (String t : org.isnad.names.NameLexicon.DEFAULT.translations(p.key())) {
                    sink.accept(org.isnad.names.Skeleton.coarse(org.isnad.names.Skeleton.of(t)));
                }
            }
            if (i > 0 && givesKeys(parts.get(i - 1))) {
                joined(parts.get(i - 1).coarse(), coarse, sink);
            }
            if (i + 1 < parts.size() && givesKeys(parts.get(i + 1))) {
                joined(coarse, parts.get(i + 1).coarse(), sink);
            }
        }
    }

    private static void joined(String first, String second, Consumer<String> sink) {
        if (first.length() + second.length() <= 5) {
            sink.accept(first + second);
        }
    }

    /** Whether a part gives blocking keys: name-like parts and Arabic group words. */
    private static boolean givesKeys(NamePart p) {
        return p.isNameLike() || (p.role() == org.isnad.names.PartRole.GROUP && p.arabic());
    }

    /** The keys of one coarse skeleton ({@link #addPart}), in order. */
    public static Set<String> keysOf(String coarse) {
        Set<String> keys = new LinkedHashSet<>();
        addPart(coarse, keys);
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
