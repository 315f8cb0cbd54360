package org.isnad.attribution;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.doc.Span;
import org.isnad.text.Sentence;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * A document's tokens and sentences with the word tests the attribution rules need: folded forms without the
 * conjunction, punctuation classes, complementizers, and the pairing of quotation marks. Built once per document;
 * not shared between threads.
 */
final class TokenText {
    private static final Set<String> COMPLEMENTIZERS = new HashSet<>();
    private static final Set<String> SHORT_WORDS = Set.of("لم", "لن", "لا", "ما", "قد", "ان", "من", "في", "عن", "لو", "هو",
            "هي", "مع", "كل");
    private static final Set<String> PREPOSITIONS = Set.of("في", "من", "عن", "علي", "الي", "ب", "ل", "لدي", "الى");

    static {
        for (String pre : List.of("", "ب", "ف")) {
            for (String suf : List.of("", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "كم")) {
                COMPLEMENTIZERS.add(pre + "ان" + suf);
            }
        }
        COMPLEMENTIZERS.add("اننا");
        COMPLEMENTIZERS.add("انني");
    }

    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    private final int[] sentenceOf;
    private final int[] partner;
    private final boolean[] opens;
    /** The text writes final alef maqsura («على»، «إلى»): then «علي» is the name Ali, not the preposition. */
    private final boolean maqsura;

    TokenText(String text, List<Token> tokens, List<Sentence> sentences) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.sentenceOf = new int[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = sentences.get(s).firstToken(); i < sentences.get(s).endToken(); i++) {
                sentenceOf[i] = s;
            }
        }
        this.partner = new int[tokens.size()];
        this.opens = new boolean[tokens.size()];
        pairQuotes();
        this.maqsura = tokens.stream().anyMatch(t -> t.surface().endsWith("ى"));
    }

    int size() {
        return tokens.size();
    }

    Token tok(int i) {
        return tokens.get(i);
    }

    /** The folded word without a leading conjunction و/ف (when three letters stay). */
    String bare(int i) {
        Token t = tokens.get(i);
        String n = t.norm();
        if (n.length() >= 4 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف')) {
            return n.substring(1);
        }
        if (n.length() == 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') && SHORT_WORDS.contains(n.substring(1))) {
            return n.substring(1);
        }
        return n;
    }

    /** The forms a lexicon lookup tries, in order: folded word, base without proclitics, word without و/ف. */
    List<String> forms(int i) {
        Token t = tokens.get(i);
        return List.of(t.norm(), t.base(), bare(i));
    }

    String surface(int i) {
        return tokens.get(i).surface();
    }

    String norm(int i) {
        return tokens.get(i).norm();
    }

    /** True when the token starts with the conjunction و or ف split off by the tokenizer or by {@link #bare}. */
    boolean hasConjunction(int i) {
        Token t = tokens.get(i);
        return t.proclitics().startsWith("و") || t.proclitics().startsWith("ف") || !bare(i).equals(norm(i));
    }

    boolean isWord(int i) {
        TokenKind k = tokens.get(i).kind();
        return k == TokenKind.ARABIC || k == TokenKind.LATIN || k == TokenKind.MIXED || k == TokenKind.DIGITS;
    }

    boolean isArabic(int i) {
        return tokens.get(i).kind() == TokenKind.ARABIC;
    }

    boolean isPunct(int i) {
        return !isWord(i);
    }

    boolean is(int i, String folded) {
        return i >= 0 && i < tokens.size() && (norm(i).equals(folded) || bare(i).equals(folded));
    }

    boolean isComma(int i) {
        String s = tokens.get(i).surface();
        return s.equals("،") || s.equals(",");
    }

    boolean isColon(int i) {
        String s = tokens.get(i).surface();
        return s.equals(":");
    }

    boolean isClauseStop(int i) {
        String s = tokens.get(i).surface();
        return s.equals("؛") || s.equals(";");
    }

    boolean isTerminator(int i) {
        String s = tokens.get(i).surface();
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals("؟") || s.equals("…");
    }

    static boolean isQuoteChar(String s) {
        return s.length() == 1 && "«»“”„‘’\"'‹›".indexOf(s.charAt(0)) >= 0;
    }

    boolean isQuote(int i) {
        return isQuoteChar(tokens.get(i).surface());
    }

    boolean isOpenQuote(int i) {
        return isQuote(i) && opens[i];
    }

    boolean isCloseQuote(int i) {
        return isQuote(i) && !opens[i];
    }

    /** The index of the quote mark paired with this one, or -1. */
    int partner(int i) {
        return partner[i];
    }

    boolean isComplementizer(int i) {
        if (!isArabic(i)) {
            return false;
        }
        String n = norm(i);
        return COMPLEMENTIZERS.contains(n)
                || n.length() > 2 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') && COMPLEMENTIZERS.contains(n.substring(1));
    }

    /** A free-standing preposition (في، من، عن، على، إلى …) or a bare lam «لـ». */
    boolean isPreposition(int i) {
        return isArabic(i) && PREPOSITIONS.contains(norm(i)) && !isNameAli(i);
    }

    /**
     * «علي» spelt with a dotted ya in a text that spells «على» with alef maqsura: the given name, which folds to the
     * same letters as the preposition («الإعلامي علي سالم»). Texts that write ي for both keep the preposition reading.
     */
    boolean isNameAli(int i) {
        return maqsura && norm(i).equals("علي") && tokens.get(i).surface().endsWith("ي");
    }

    boolean hasArticle(int i) {
        String b = tokens.get(i).base();
        return b.startsWith("ال") && b.length() > 3 && !hamzaAlefLam(tokens.get(i).surface());
    }

    /**
     * The article is written with a bare alef; «أل»/«إل» after at most one proclitic letter begins a word or a foreign
     * name that folding made look definite («ألكس»، «وإلياس»، «ألمانيا»).
     */
    private static boolean hamzaAlefLam(String surface) {
        int k = surface.length() > 2 && "وفبلك".indexOf(surface.charAt(0)) >= 0 ? 1 : 0;
        return surface.startsWith("أل", k) || surface.startsWith("إل", k);
    }

    int sentenceIndex(int i) {
        return sentenceOf[i];
    }

    Sentence sentenceOf(int i) {
        return sentences.get(sentenceOf[i]);
    }

    /** Offsets of tokens [from, to) as a span. */
    Span span(int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The span of a token without its leading conjunction, when it has one. */
    int startWithoutConjunction(int i) {
        Token t = tokens.get(i);
        if (!hasConjunction(i)) {
            return t.start();
        }
        return skipLetters(t.start(), t.end(), 1);
    }

    /** The offset after {@code letters} base letters from {@code from}, skipping marks that follow them. */
    int skipLetters(int from, int end, int letters) {
        int k = from;
        int seen = 0;
        while (k < end && seen < letters) {
            if (!org.isnad.text.ArabicNormalizer.isIgnorable(text.charAt(k))) {
                seen++;
            }
            k++;
        }
        while (k < end && org.isnad.text.ArabicNormalizer.isIgnorable(text.charAt(k))) {
            k++;
        }
        return k;
    }

    /**
     * Pairs quotation marks. « “ „ ‘ ‹ open and » ” ’ › close; doubled marks («‘‘») count once. A straight quote (")
     * opens when it is attached to the word after it and closes when attached to the word before it; otherwise it
     * alternates. A closing mark with nothing open stays unpaired (-1).
     */
    private void pairQuotes() {
        Arrays.fill(partner, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            String s = tokens.get(i).surface();
            if (!isQuoteChar(s)) {
                continue;
            }
            if (!stack.isEmpty() && lineBreakBetween(stack.peek(), i)) {
                stack.clear();
            }
            boolean doubled = i > 0 && tokens.get(i - 1).surface().equals(s)
                    && tokens.get(i - 1).end() == tokens.get(i).start();
            if (doubled) {
                opens[i] = opens[i - 1];
                continue;
            }
            boolean open;
            if (s.equals("\"") || s.equals("'")) {
                boolean spaceBefore = tokens.get(i).start() == 0 || Character.isWhitespace(text.charAt(tokens.get(i).start() - 1));
                int after = tokens.get(i).end();
                boolean spaceAfter = after >= text.length() || Character.isWhitespace(text.charAt(after))
                        || "،,.:;!?؟)".indexOf(text.charAt(after)) >= 0;
                boolean pending = !stack.isEmpty() && tokens.get(stack.peek()).surface().equals(s);
                if (spaceBefore && !spaceAfter) {
                    open = true;
                } else if (!spaceBefore && spaceAfter) {
                    open = false;
                } else {
                    open = !pending;
                }
            } else {
                open = "«“„‘‹".contains(s);
            }
            if (open) {
                stack.push(i);
                opens[i] = true;
            } else if (!stack.isEmpty()) {
                int o = stack.pop();
                partner[i] = o;
                partner[o] = i;
            } else if (s.equals("”")) {
                stack.push(i); // ” written for both marks: an unpaired one opens
                opens[i] = true;
            }
        }
    }

    private boolean lineBreakBetween(int a, int b) {
        for (int k = tokens.get(a).end(); k < tokens.get(b).start(); k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
