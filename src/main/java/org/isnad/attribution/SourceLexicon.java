package org.isnad.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.model.Channel;
import org.isnad.text.LexiconFile;

/**
 * The word lists that find and type source phrases and their surroundings: head nouns with their source class
 * ({@code source-heads.txt}), titles ({@code titles.txt}), given names ({@code given-names.txt}), words that end a
 * source phrase ({@code np-breaks.txt}), channel phrases ({@code channels.txt}), hedges ({@code hedges.txt}) and
 * agentless forms ({@code impersonal.txt}). All entries are folded. Immutable and thread-safe.
 */
public final class SourceLexicon {
    private static final String RES = "/org/isnad/attribution/";
    private static final SourceLexicon DEFAULT = new SourceLexicon();

    /** The class a head noun gives a source phrase. */
    public enum HeadClass { DOCUMENT, MEDIA, SOCIAL, ANONYMOUS, OFFICIAL, ORGANIZATION, PLATFORM }

    /** A multi-word entry and what it stands for. */
    public record MultiWord<T>(String[] words, T value) {
    }

    private final Map<String, HeadClass> heads = new HashMap<>();
    private final List<MultiWord<HeadClass>> multiHeads = new ArrayList<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> breaks = new HashSet<>();
    private final Set<String> impersonal = new HashSet<>();
    private final Set<String> clauseBreaks = new HashSet<>();
    private final Set<String> complements = new HashSet<>();
    private final Set<String> normative = new HashSet<>();
    private final Set<String> lamAdjectives = new HashSet<>();
    private final Set<String> aspectual = new HashSet<>();
    private final Set<String> timeNouns = new HashSet<>();
    private final Set<String> timeAdjectives = new HashSet<>();
    private final Set<String> nisbaFollowers = new HashSet<>();
    private final List<MultiWord<Channel>> channels = new ArrayList<>();
    private final List<String[]> contentHedges = new ArrayList<>();
    private final List<String[]> sourceHedges = new ArrayList<>();

    private SourceLexicon() {
        for (String[] row : LexiconFile.rows(RES + "source-heads.txt")) {
            String[] ws = fold(row[0]).split("\\s+");
            HeadClass c = HeadClass.valueOf(row[1]);
            if (ws.length == 1) {
                heads.putIfAbsent(stripArticle(ws[0]), c);
            } else {
                multiHeads.add(new MultiWord<>(ws, c));
            }
        }
        multiHeads.sort((a, b) -> b.words().length - a.words().length);
        LexiconFile.lines(RES + "titles.txt").forEach(w -> titles.add(stripArticle(fold(w))));
        LexiconFile.lines(RES + "given-names.txt").forEach(w -> names.add(fold(w)));
        LexiconFile.lines(RES + "np-breaks.txt").forEach(w -> breaks.add(fold(w)));
        LexiconFile.lines(RES + "impersonal.txt").forEach(w -> impersonal.add(fold(w)));
        LexiconFile.lines(RES + "clause-breaks.txt").forEach(w -> clauseBreaks.add(fold(w)));
        LexiconFile.lines(RES + "title-complements.txt").forEach(w -> complements.add(fold(w)));
        LexiconFile.lines(RES + "normative-heads.txt").forEach(w -> normative.add(fold(w)));
        LexiconFile.lines(RES + "lam-adjectives.txt").forEach(w -> lamAdjectives.add(stripArticle(fold(w))));
        LexiconFile.lines(RES + "aspectual-verbs.txt").forEach(w -> aspectual.add(fold(w)));
        LexiconFile.lines(RES + "nisba-followers.txt").forEach(w -> nisbaFollowers.add(fold(w)));
        for (String[] row : LexiconFile.rows(RES + "time-phrases.txt")) {
            (row[1].equals("NOUN") ? timeNouns : timeAdjectives).add(fold(row[0]));
        }
        for (String[] row : LexiconFile.rows(RES + "channels.txt")) {
            channels.add(new MultiWord<>(fold(row[0]).split("\\s+"), Channel.valueOf(row[1])));
        }
        channels.sort((a, b) -> b.words().length - a.words().length);
        for (String[] row : LexiconFile.rows(RES + "hedges.txt")) {
            String[] ws = fold(row[0]).split("\\s+");
            (row[1].equals("SOURCE") ? sourceHedges : contentHedges).add(ws);
        }
    }

    /** True for a verb of continuation or onset before a reporting verb («ومضى يقول»), folded, without «و». */
    boolean isAspectual(String bare) {
        return aspectual.contains(bare);
    }

    public static SourceLexicon get() {
        return DEFAULT;
    }

    static String fold(String s) {
        return CueLexicon.fold(s);
    }

    /** The word without a leading article, when at least two letters stay. */
    public static String stripArticle(String w) {
        return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    }

    /** The class of a single head word (folded; the article may be present). */
    public Optional<HeadClass> head(String folded) {
        String bare = stripArticle(folded);
        HeadClass c = heads.get(bare);
        if (c == null) {
            c = heads.get(folded);
        }
        for (int k = 0; c == null && k < NUMBER.length; k += 2) {
            if (bare.length() >= 5 && bare.endsWith(NUMBER[k])) {
                c = heads.get(bare.substring(0, bare.length() - NUMBER[k].length()) + NUMBER[k + 1]);
            }
        }
        return Optional.ofNullable(c);
    }

    /**
     * Number endings tried when a head is listed in another number (folded, pairs of ending → replacement): duals
     * and sound plurals of ة-nouns («جماعتان»، «وحدات» → جماعه، وحده) and of masculine nouns («تحقيقات» → تحقيق),
     * masculine duals and plurals («مصدران»،
     * «متظاهرين» → مصدر، متظاهر) and construct plurals («معارضو الاتفاق» → معارضون).
     */
    private static final String[] NUMBER = {"تان", "ه", "تين", "ه", "ات", "ه", "ات", "", "ان", "", "ين", "",
            "ون", "", "و", "ون"};

    public List<MultiWord<HeadClass>> multiHeads() {
        return multiHeads;
    }

    public boolean isTitle(String folded) {
        String w = stripArticle(folded);
        // a sound plural in construct drops its nun: «مراسلو موقع …»، «مسؤولو الوزارة»
        return titles.contains(w)
                || w.length() >= 5 && w.endsWith("و") && titles.contains(w.substring(0, w.length() - 1));
    }

    public boolean isGivenName(String folded) {
        return names.contains(folded);
    }

    /**
     * A time noun followed by a time adjective («الشهر الماضي»، «الأسبوع المقبل») is an adverbial, not part of a
     * source phrase ({@code time-phrases.txt}; both words folded, with their article).
     */
    boolean timePhraseAt(TokenText tt, int i) {
        return i + 1 < tt.size() && tt.isArabic(i) && tt.isArabic(i + 1) && timeNouns.contains(tt.bare(i))
                && timeAdjectives.contains(tt.norm(i + 1));
    }

    /** A definite adjective that may follow a nisba in one phrase («السابق»، «الراحل»; {@code nisba-followers.txt}). */
    boolean followsNisba(TokenText tt, int i) {
        return tt.isArabic(i) && nisbaFollowers.contains(tt.tok(i).base());
    }

    /** An adjective that takes its complement with «ل» («مصادر معارضة للعملية»، «قوات موالية للحكومة»). */
    boolean governsLam(TokenText tt, int i) {
        return i >= 0 && tt.isArabic(i) && lamAdjectives.contains(stripArticle(tt.tok(i).base()));
    }

    /** A law, ruling or agreement («قرار»، «القانون»): after «وفقا ل» it means "in accordance with". */
    boolean normativeAt(TokenText tt, int i) {
        return tt.isArabic(i) && normative.contains(stripArticle(tt.tok(i).base()));
    }

    public boolean isBreak(String folded) {
        return breaks.contains(folded);
    }

    /** A directive or evaluative word that opens a new clause after a comma («، داعياً إلى …»). */
    public boolean isClauseBreak(String folded) {
        return clauseBreaks.contains(folded);
    }

    public boolean isImpersonal(String folded) {
        return impersonal.contains(folded);
    }

    /** Channel phrases, longest first. */
    public List<MultiWord<Channel>> channels() {
        return channels;
    }

    public List<String[]> contentHedges() {
        return contentHedges;
    }

    public List<String[]> sourceHedges() {
        return sourceHedges;
    }

    /** The head class of token i, trying its folded form, its base (proclitics split) and its form without و/ف. */
    Optional<HeadClass> headAt(TokenText tt, int i) {
        if (!tt.isArabic(i)) {
            return Optional.empty();
        }
        for (String f : tt.forms(i)) {
            Optional<HeadClass> h = head(f);
            if (h.isPresent()) {
                return h;
            }
        }
        return Optional.empty();
    }

    boolean titleAt(TokenText tt, int i) {
        return tt.isArabic(i) && tt.forms(i).stream().anyMatch(this::isTitle);
    }

    boolean nameAt(TokenText tt, int i) {
        return tt.isArabic(i) && tt.forms(i).stream().anyMatch(this::isGivenName);
    }

    boolean lexicalAt(TokenText tt, int i) {
        if (headAt(tt, i).isPresent() || titleAt(tt, i)
                || tt.isArabic(i) && (isBreak(tt.norm(i)) || complements.contains(tt.bare(i)))) {
            return true;
        }
        String n = tt.isArabic(i) ? tt.norm(i) : "";
        // a preposition the tokenizer left joined («لواشنطن»): the rest is a listed word
        return n.length() > 4 && (n.charAt(0) == 'ل' || n.charAt(0) == 'ب') && head(n.substring(1)).isPresent();
    }

    /** True when the word is in any list (so it is not taken for a name part). */
    public boolean isLexical(String folded) {
        return head(folded).isPresent() || isTitle(folded) || isBreak(folded) || complements.contains(folded);
    }
}
