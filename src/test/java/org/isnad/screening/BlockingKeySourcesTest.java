package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.isnad.names.NameKind;
import org.isnad.names.NameLexicon;
import org.isnad.names.NamePart;
import org.isnad.names.NameParser;
import org.isnad.names.ParsedName;
import org.isnad.names.PartRole;
import org.isnad.names.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockingKeys#sources} (and {@link BlockingKeys#of}, built on it) gives a name's keys in the order a
 * part-by-part reading does (first occurrences), so that the shortlist walks the same keys in the same order (same float sums): on
 * names with short parts that join, Arabic group words with English renderings, ambiguous skeleton symbols,
 * particles between parts, and on random varied names.
 */
class BlockingKeySourcesTest {
    private static final List<String> NAMES = List.of("Wali Jan", "ولی جان", "Abu Mohammed al-Jawlani",
            "أبو محمد الجولاني", "Thabit Dhiyab", "جبهة النصرة لأهل الشام", "حركة التوحيد والجهاد في غرب إفريقيا",
            "Ali bin Ali al-Ali", "Hay'at Tahrir al-Sham", "Bank Melli Iran", "Ma Li Wu", "Ho Chi Minh", "U Nu",
            "Jose de la Cruz", "Islamic State in Iraq and the Levant - Khorasan", "الدولة الإسلامية في العراق والشام",
            "A B C Trading Company Ltd", "Sheikh Ahmed Yassin", "", "x");

    /**
     * The reference reading, part by part: the keys of each part that gives keys, those of its English renderings,
     * and those of it joined with the part before, which belong to both parts.
     */
    private static List<Set<String>> ofParts(ParsedName name) {
        List<Set<String>> out = new ArrayList<>();
        NamePart prev = null;
        for (NamePart p : name.parts()) {
            Set<String> keys = new LinkedHashSet<>();
            out.add(keys);
            if (p.isNameLike() || (p.role() == PartRole.GROUP && p.arabic())) {
                BlockingKeys.addPart(p.coarse(), keys);
                if (p.arabic()) {
                    for (String t : NameLexicon.DEFAULT.translations(p.key())) {
                        BlockingKeys.addPart(Skeleton.coarse(Skeleton.of(t)), keys);
                    }
                }
                if (prev != null && prev.coarse().length() + p.coarse().length() <= 5) {
                    Set<String> joined = new LinkedHashSet<>();
                    BlockingKeys.addPart(prev.coarse() + p.coarse(), joined);
                    keys.addAll(joined);
                    out.get(prev.index()).addAll(joined);
                }
                prev = p;
            } else {
                prev = null;
            }
        }
        return out;
    }

    private static List<String> viaParts(ParsedName p) {
        Set<String> out = new LinkedHashSet<>();
        ofParts(p).forEach(out::addAll);
        return new ArrayList<>(out);
    }

    private static List<String> viaSources(ParsedName p) {
        Set<String> out = new LinkedHashSet<>();
        BlockingKeys.sources(p, c -> out.addAll(BlockingKeys.keysOf(c)));
        return new ArrayList<>(out);
    }

    private static void checkOf(ParsedName p) {
        assertEquals(viaParts(p), new ArrayList<>(BlockingKeys.of(p)), "of() reads the parts in the same order");
    }

    private static void check(String name) {
        for (NameKind kind : NameKind.values()) {
            ParsedName p = NameParser.DEFAULT.parse(name, kind);
            assertEquals(viaParts(p), viaSources(p), name + " as " + kind);
            checkOf(p);
        }
    }

    @Test
    void sameKeysInTheSameOrderOnFixedNames() {
        NAMES.forEach(BlockingKeySourcesTest::check);
        // two short parts also give the keys of their concatenation, which neither part gives alone
        ParsedName walijan = NameParser.DEFAULT.parse("Wali Jan", NameKind.PERSON);
        List<String> sources = new ArrayList<>();
        BlockingKeys.sources(walijan, sources::add);
        assertEquals(List.of(walijan.parts().get(0).coarse(), walijan.parts().get(0).coarse()
                + walijan.parts().get(1).coarse(), walijan.parts().get(1).coarse(), walijan.parts().get(0).coarse()
                + walijan.parts().get(1).coarse()), sources);
    }

    @Property(tries = 300)
    void sameKeysInTheSameOrderOnVariedNames(@ForAll("names") String name) {
        check(name);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.longs().map(seed -> {
            Random rnd = new Random(seed);
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 1 + rnd.nextInt(6); w++) {
                String base = NAMES.get(rnd.nextInt(NAMES.size()));
                String[] words = base.split(" ");
                String word = words[rnd.nextInt(words.length)];
                if (rnd.nextInt(3) == 0 && word.length() > 2) {
                    word = word.substring(0, 1 + rnd.nextInt(word.length() - 1));
                }
                sb.append(word).append(' ');
            }
            return sb.toString().trim();
        });
    }
}
