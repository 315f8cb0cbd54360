package org.isnad.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link PartFilter} may only reject pairs of parts whose similarity is below the threshold, on every path of
 * {@link PartSimilarity} (words, kunyas, abd-compounds, group words, titles, legal forms, initials, joined runs), and
 * the letter-set bounds it uses never exceed the true edit costs.
 */
class PartFilterTest {
    static final List<String> NAMES = List.of("Abu Mohammed al-Jawlani", "أبو محمد الجولاني",
            "Abu Muhammad al-Julani", "Abu Mohamed al Golani", "Muhammad bin Salman", "محمد بن سلمان",
            "Abd al-Rahman Mustafa", "Abdurrahman Mustafa al-Qaduli", "عبد الرحمن مصطفى القادولي", "Rahman Mustafa",
            "Pol Pot", "PolPot", "Wali Jan", "ولی جان", "Walijan", "LAVROV, Sergey Viktorovich", "Sergey Lavrov",
            "Hay'at Tahrir al-Sham", "هيئة تحرير الشام", "Jabhat al-Nusrah", "جبهة النصرة", "Nusra Front",
            "Islamic Jihad Union", "الجهاد الاسلامي المصري", "Egyptian Islamic Jihad", "Sheikh Ahmed Yassin",
            "الشيخ أحمد ياسين", "Dr. Ayman al-Zawahiri", "Sirajuddin Haqqani", "Siraj al-Din Haqqani", "Is-haq Ishaq",
            "Hamza Hamzah", "J. R. Smith", "John Smith", "Rosneft Oil Company OAO", "Rosneft OAO", "Okolu Salim",
            "Okozu Salim", "Husayn Zayniyah", "حسين أزيري", "Aljawlani", "Umm Hassan", "أم حسن", "Hassan",
            "Khalid Sheikh Mohammed", "Al-Qaida in the Islamic Maghreb", "تنظيم القاعدة في بلاد المغرب الإسلامي",
            "Bank Melli Iran", "Thabit Dhiyab", "Sabit Ziyab", "Ashraf Ghani", "Ashraf Kani", "Company 44 Ltd",
            "Forces Democratiques Alliees", "Alliance Forces", "Alqaida Alislamiya", "Alshabaab", "Shabaab al-Mujahidin",
            "Alharamain Islamic Foundation", "Haramain Foundation", "Allied Democratic Forces", "Nassar Nasser");

    /** Every part and every run of parts (as a listed name compiles them) of the names. */
    private static List<NamePart> rows(List<String> names) {
        return rows(names, NameKind.ANY);
    }

    /** The same, parsing the names as {@code kind} (PERSON keeps single letters as initials). */
    private static List<NamePart> rows(List<String> names, NameKind kind) {
        List<NamePart> out = new ArrayList<>();
        for (String n : names) {
            CompiledName c = CompiledName.of(NameParser.DEFAULT.parse(n, kind), PartWeights.PRIOR);
            out.addAll(List.of(c.parts));
            out.addAll(List.of(c.runPart));
        }
        return out;
    }

    private static int[] check(List<NamePart> parts) {
        int rejected = 0;
        int pairs = 0;
        for (NamePart a : parts) {
            PartFilter.Signature sa = new PartFilter.Signature(a);
            for (NamePart b : parts) {
                PartFilter.Signature sb = new PartFilter.Signature(b);
                double full = PartSimilarity.compare(a, b).similarity();
                for (double min : new double[] {NameMatcher.PART_THRESHOLD, NameMatcher.RUN_THRESHOLD}) {
                    pairs++;
                    if (!PartFilter.mayReach(sa, sb, min)) {
                        rejected++;
                        assertTrue(full < min, a + " / " + b + " rejected at " + min + " but similar " + full);
                    }
                }
            }
        }
        return new int[] {rejected, pairs};
    }

    @Test
    void rejectsOnlyPairsBelowTheThreshold() {
        int[] r = check(rows(NAMES));
        assertTrue(r[0] > r[1] / 2, "the filter rejects most pairs: " + r[0] + "/" + r[1]);
    }

    @Property(tries = 40)
    void rejectsOnlyPairsBelowTheThresholdInVariedNames(@ForAll("seeds") long seed) {
        Random rnd = new Random(seed);
        List<String> varied = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            varied.add(vary(NAMES.get(rnd.nextInt(NAMES.size())), rnd));
        }
        varied.addAll(NAMES.subList(0, 8));
        check(rows(varied));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** One to three letters replaced, dropped or doubled, in the name's own script. */
    static String vary(String name, Random rnd) {
        StringBuilder sb = new StringBuilder(name);
        for (int k = 1 + rnd.nextInt(3); k > 0 && sb.length() > 2; k--) {
            int i = rnd.nextInt(sb.length());
            char c = sb.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            char r = c >= 0x600 ? (char) (0x627 + rnd.nextInt(36)) : (char) ('a' + rnd.nextInt(26));
            switch (rnd.nextInt(3)) {
                case 0 -> sb.setCharAt(i, r);
                case 1 -> sb.deleteCharAt(i);
                default -> sb.insert(i, c);
            }
        }
        return sb.toString();
    }

    @Property(tries = 60)
    void initialsAreRejectedOnlyBelowTheThreshold(@ForAll("seeds") long seed) {
        Random rnd = new Random(seed);
        List<String> names = new ArrayList<>(List.of("J. R. Smith", "John Smith", "J Smith", "A. Q. Khan",
                "Abdul Qadeer Khan", "S. Ahmad", "عبد القدير خان"));
        for (int i = 0; i < 6; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 2 + rnd.nextInt(3); w++) {
                int len = rnd.nextInt(3) == 0 ? 1 : 2 + rnd.nextInt(6);
                for (int k = 0; k < len; k++) {
                    sb.append((char) ('a' + rnd.nextInt(6)));
                }
                sb.append(' ');
            }
            names.add(sb.toString().trim());
        }
        check(rows(names, NameKind.PERSON));
    }

    @Test
    void initialsPassOnlyNamesStartingWithThemAndNeverRuns() {
        List<NamePart> rows = rows(List.of("J. R. Smith", "John Smith", "Rashid"), NameKind.PERSON);
        PartFilter.Signature j = new PartFilter.Signature(rows.get(0));
        assertEquals(PartRole.INITIAL, rows.get(0).role());
        PartFilter.Signature john = new PartFilter.Signature(rows.stream().filter(p -> p.key().equals("john"))
                .findFirst().orElseThrow());
        PartFilter.Signature rashid = new PartFilter.Signature(rows.get(rows.size() - 1));
        assertTrue(PartFilter.mayReach(j, john, NameMatcher.PART_THRESHOLD));
        assertTrue(!PartFilter.mayReach(j, rashid, NameMatcher.PART_THRESHOLD), "r-initial is not j");
        assertTrue(!PartFilter.mayReach(j, john, NameMatcher.RUN_THRESHOLD), "an initial scores 0.75 at most");
    }

    @Test
    void attachedArticlesAndRepeatedLettersAreBounded() {
        assertTrue(!PartFilter.mayReach(signature("alliees"), signature("forces"), NameMatcher.PART_THRESHOLD),
                "an attached-article key is bounded without its article");
        assertTrue(PartFilter.mayReach(signature("aljawlani"), signature("jawlany"), NameMatcher.PART_THRESHOLD));
    }

    private static PartFilter.Signature signature(String word) {
        return new PartFilter.Signature(NameParser.DEFAULT.parse(word, NameKind.PERSON).parts().get(0));
    }

    @Property(tries = 2000)
    void missingSymbolCostNeverExceedsTheSkeletonCost(@ForAll("skeletons") String a, @ForAll("skeletons") String b) {
        double sim = StringSimilarity.skeleton(a, b);
        if (sim > 0) {
            double cost = (1.0 - sim) * Math.max(a.length(), b.length());
            assertTrue(StringSimilarity.missingSymbolCost(a, b) <= cost + 1e-9, a + " / " + b);
        }
    }

    @Property(tries = 2000)
    void missingCharsNeverExceedTheEditDistance(@ForAll("keys") String a, @ForAll("keys") String b) {
        int max = Math.max(a.length(), b.length());
        double distance = (1.0 - StringSimilarity.levenshteinRatio(a, b)) * max;
        assertTrue(StringSimilarity.missingChars(a, b) <= distance + 1e-9, a + " / " + b);
    }

    @Provide
    Arbitrary<String> skeletons() {
        return Arbitraries.strings().withChars("BT0D9ZSCJGKQXHWYFVLMNR").ofMinLength(0).ofMaxLength(9);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(10),
                Arbitraries.strings().withCharRange('\u0627', '\u064A').ofMaxLength(8));
    }

    @Property(tries = 3000)
    void fixedDecimalsAreWrittenAsFormatWritesThem(@ForAll("decimals") double d) {
        for (int n = 1; n <= 3; n++) {
            assertEquals(String.format(Locale.ROOT, "%." + n + "f", d), NameMatcher.fixed(d, n));
        }
    }

    @Provide
    Arbitrary<Double> decimals() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 20),
                Arbitraries.integers().between(0, 100_000).map(i -> i / 1000.0),
                Arbitraries.integers().between(0, 10_000).map(i -> i / 10_000.0 + 0.005),
                Arbitraries.of(0.125, 0.135, 2.675, 1.005, 0.995, 9.995, 1e-10, Double.NaN));
    }
}
