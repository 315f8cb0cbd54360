package org.isnad.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.text.LexiconFile;

/**
 * The language data of name parsing, read once from {@code src/main/resources/org/isnad/names/}: particles (kunya,
 * nasab, article, abd, compound tails), honorifics, organisation words and generic names with their weights.
 */
public final class NameLexicon {
    private static final String DIR = "/org/isnad/names/";
    /** The shared instance. */
    public static final NameLexicon DEFAULT = new NameLexicon();

    /** An organisation word: canonical form and role. */
    public record OrgWord(String canonical, PartRole role, boolean stop) {
    }

    private final Map<String, String> particles = new HashMap<>();
    private final Set<String> honorifics = new HashSet<>();
    private final Map<String, OrgWord> orgWords = new HashMap<>();
    private final Map<String, Double> genericBySkeleton = new HashMap<>();
    private final Map<String, List<String>> translations = new HashMap<>();
    private final int longestOrgForm;
    /** Per first word of an organisation form: the most words a form starting with it has. */
    private final Map<String, Integer> longestOrgFormFrom = new HashMap<>();

    private NameLexicon() {
        for (String[] r : LexiconFile.rows(DIR + "particles.txt")) {
            particles.put(r[0], r[1]);
        }
        honorifics.addAll(LexiconFile.lines(DIR + "honorifics.txt"));
        int longest = 1;
        for (String[] r : LexiconFile.rows(DIR + "org-words.txt")) {
            boolean stop = r[2].equals("STOP");
            PartRole role = stop ? PartRole.PARTICLE : PartRole.valueOf(r[2]);
            orgWords.put(r[0], new OrgWord(r[1], role, stop));
            int words = r[0].split(" ").length;
            longest = Math.max(longest, words);
            int space = r[0].indexOf(' ');
            longestOrgFormFrom.merge(space < 0 ? r[0] : r[0].substring(0, space), words, Math::max);
        }
        longestOrgForm = longest;
        for (String[] r : LexiconFile.rows(DIR + "translations.txt")) {
            translations.put(r[0], List.of(r[1].split("\\s+")));
        }
        for (String[] r : LexiconFile.rows(DIR + "generic-names.txt")) {
            genericBySkeleton.put(entryKey(r[0]), Double.parseDouble(r[1]));
        }
    }

    /** The particle role of a cleaned word (KUNYA, NASAB, ARTICLE, ABD, TAIL, PARTICLE), or "" if none. */
    public String particle(String word) {
        return particles.getOrDefault(word, "");
    }

    /** English renderings of an Arabic word of group names (key form, article removed); empty if none listed. */
    public List<String> translations(String arabicKey) {
        return translations.getOrDefault(arabicKey, List.of());
    }

    public boolean isHonorific(String word) {
        return honorifics.contains(word);
    }

    /** The organisation word or legal form spelled by {@code words[from, from+n)}, if listed. */
    public java.util.Optional<OrgWord> orgWord(List<String> words, int from, int n) {
        if (from + n > words.size()) {
            return java.util.Optional.empty();
        }
        String form = n == 1 ? words.get(from) : String.join(" ", words.subList(from, from + n));
        return java.util.Optional.ofNullable(orgWords.get(form));
    }

    public int longestOrgForm() {
        return longestOrgForm;
    }

    /**
     * The most words of an organisation form starting with {@code firstWord}, 0 if none starts with it: the parser
     * looks up only the spans that can be listed, without joining words for the others.
     */
    public int longestOrgForm(String firstWord) {
        return longestOrgFormFrom.getOrDefault(firstWord, 0);
    }

    /** The prior weight of a part: low for generic names (data file), 1 otherwise. */
    public double genericWeight(NamePart part) {
        return genericBySkeleton.getOrDefault(genericKey(part), 1.0);
    }

    /** The key generic weights are looked up by: "K:" + skeleton for a kunya, the joined skeletons otherwise. */
    public static String genericKey(NamePart part) {
        return part.role() == PartRole.KUNYA ? "K:" + part.skeleton() : part.skeleton();
    }

    private String entryKey(String text) {
        String[] words = NameCleaner.clean(text).split(" ");
        boolean kunya = words.length > 1 && particle(words[0]).equals("KUNYA");
        StringBuilder sb = new StringBuilder(kunya ? "K:" : "");
        for (int i = kunya ? 1 : 0; i < words.length; i++) {
            String w = words[i];
            sb.append(Skeleton.of(w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w));
        }
        return sb.toString();
    }
}
