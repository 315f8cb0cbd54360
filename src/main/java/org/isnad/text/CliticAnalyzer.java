package org.isnad.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits proclitics off a folded Arabic word and gives its base and light stem. The clitics, suffixes and the words
 * never to split are data ({@code clitics.txt}, {@code clitic-exceptions.txt}). Thread-safe after construction.
 *
 * <p>Analysis: an optional conjunction (و ف), then either the future marker (س before an imperfect prefix) or a
 * preposition (ب ل ك), then an optional article (ال; ل + ال is written لل). A split is made only when at least three
 * letters stay and the word (or what stays after the conjunction) is not a listed exception. Bare prepositions before
 * a word without the article are split only when four letters stay, since many words begin with ب ل ك.
 */
public final class CliticAnalyzer {
    private static final CliticAnalyzer DEFAULT = new CliticAnalyzer();

    private final Set<String> conj = new HashSet<>();
    private final Set<String> prep = new HashSet<>();
    private final Set<String> fut = new HashSet<>();
    private final List<String> suffixes = new ArrayList<>();
    private final Set<String> exceptions = new HashSet<>();
    private final Set<String> wholeWords = new HashSet<>();
    private String article = "ال";

    /** The result: proclitics joined by '+', the base (article kept), the light stem. */
    public record Analysis(String proclitics, String base, String stem) {
    }

    private CliticAnalyzer() {
        for (String[] row : LexiconFile.rows("/org/isnad/text/clitics.txt")) {
            switch (row[1]) {
                case "CONJ" -> conj.add(row[0]);
                case "PREP" -> prep.add(row[0]);
                case "FUT" -> fut.add(row[0]);
                case "DET" -> article = row[0];
                case "SUFFIX" -> suffixes.add(row[0]);
                default -> throw new IllegalStateException("clitics.txt: unknown kind " + row[1]);
            }
        }
        suffixes.sort((a, b) -> b.length() - a.length());
        exceptions.addAll(LexiconFile.lines("/org/isnad/text/clitic-exceptions.txt"));
        wholeWords.addAll(LexiconFile.lines("/org/isnad/text/clitic-whole-words.txt"));
    }

    public static CliticAnalyzer get() {
        return DEFAULT;
    }

    /**
     * True when the folded word is one whole word although it starts like a proclitic: listed in
     * {@code clitic-exceptions.txt} or mined from unlabelled news into {@code clitic-whole-words.txt} («باريس»،
     * «بوتين»). The analysis still splits the mined words (the tagger's features were learnt so); spans of names
     * use this test to keep their first letters.
     */
    public boolean isWholeWord(String folded) {
        return exceptions.contains(folded) || wholeWords.contains(folded);
    }

    /** True when the folded word is listed as never to be split. */
    public boolean isException(String folded) {
        return exceptions.contains(folded) || exceptions.contains(stripArticle(folded));
    }

    /** Analyses a word already folded by {@link ArabicNormalizer#MATCHING}. */
    public Analysis analyze(String w) {
        if (w.length() < 3 || !isArabicLetter(w.charAt(0)) || exceptions.contains(w)) {
            return new Analysis("", w, lightStem(stripArticle(w)));
        }
        StringBuilder pro = new StringBuilder();
        String rest = w;
        String first = rest.substring(0, 1);
        if (conj.contains(first) && rest.length() - 1 >= 3 && !isException(rest)) {
            pro.append(first);
            rest = rest.substring(1);
        }
        if (!exceptions.contains(rest) && rest.length() >= 4) {
            String p = rest.substring(0, 1);
            if (prep.contains(p)) {
                if (p.equals("ل") && rest.startsWith("لل") && rest.length() - 2 >= 2) {
                    // ل + ال contracted: للأمم → ل + ال + امم
                    append(pro, "ل");
                    append(pro, article);
                    return finish(pro, article + rest.substring(2));
                }
                String after = rest.substring(1);
                if (after.startsWith(article) && after.length() - article.length() >= 2) {
                    append(pro, p);
                    append(pro, article);
                    return finish(pro, after);
                }
                // a remainder ending in the plural verb suffix «وا» is a verb, which takes no ب or ك and only the
                // lam of purpose before its imperfect («كشفوا»، «بحثوا»، «لعبوا» stay whole; «ليقولوا» → ل + يقولوا)
                boolean verb = after.endsWith("وا") && !(p.equals("ل") && "يت".indexOf(after.charAt(0)) >= 0);
                if (after.length() >= 4 && !isException(rest) && !verb) {
                    // a listed whole word after the preposition is a reason to split, not to keep: «لوزارة» → ل + وزارة
                    append(pro, p);
                    rest = after;
                }
            } else if (fut.contains(p) && rest.length() >= 4 && "يتنا".indexOf(rest.charAt(1)) >= 0
                    && !isException(rest)) {
                append(pro, p);
                rest = rest.substring(1);
            }
        }
        if (rest.startsWith(article) && rest.length() - article.length() >= 2) {
            append(pro, article);
        }
        return finish(pro, rest);
    }

    private Analysis finish(StringBuilder pro, String base) {
        return new Analysis(pro.toString(), base, lightStem(stripArticle(base)));
    }

    private static void append(StringBuilder pro, String p) {
        if (pro.length() > 0) {
            pro.append('+');
        }
        pro.append(p);
    }

    private String stripArticle(String w) {
        return w.startsWith(article) && w.length() - article.length() >= 2 ? w.substring(article.length()) : w;
    }

    /** Removes the longest listed suffix when at least three letters stay. */
    public String lightStem(String w) {
        if (exceptions.contains(w)) {
            return w;
        }
        for (String s : suffixes) {
            if (w.endsWith(s) && w.length() - s.length() >= 3) {
                return w.substring(0, w.length() - s.length());
            }
        }
        return w;
    }

    private static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }
}
