package org.isnad.attribution;

import java.util.Optional;
import org.isnad.doc.Span;

/**
 * Reads the subject that stands before its verb: the longest stretch of at most {@value #MAX_BACKWARD} words, back
 * from the verb to the clause start, whose first word is a head noun, title or given name, or a lone word opening
 * its clause. Appositions between commas, quoted names, abbreviated titles and a body's seat («ومقرها جنيف») are
 * passed over. Thread-safe.
 */
final class BackwardChunker {
    static final int MAX_BACKWARD = 10;
    /** «ومقرها»: the seat of a body, a parenthetical after its name (folded). */
    private static final java.util.Set<String> SEAT = java.util.Set.of("ومقرها", "ومقره");
    private final SourceLexicon lex;
    private final SourceChunker chunker;

    BackwardChunker(SourceLexicon lex, SourceChunker chunker) {
        this.lex = lex;
        this.chunker = chunker;
    }

    /**
     * The subject phrase ending right before token {@code end} (exclusive) and starting no earlier than
     * {@code clauseStart}: the longest stretch of at most {@value #MAX_BACKWARD} words whose first word is a head
     * noun, title or given name («المركز الليبي … يعلن»، «الفريق الطبي "يطمئن"»), or a single word opening its
     * clause («ليلى اعتبرت»).
     */
    Optional<SourcePhrase> backward(TokenText tt, int end, int clauseStart, boolean[] cueAt) {
        int e = end;
        if (e - 1 >= clauseStart && (tt.isOpenQuote(e - 1) || tt.isComma(e - 1))) {
            e--;
        }
        while (e - 1 > clauseStart && accusative(tt, e - 1)) {
            e--; // «يعقد رئيس المجلس مؤتمراً صحافياً يعلن فيه»: a subject does not end in the accusative
        }
        int s = e;
        while (s - 1 >= clauseStart && e - (s - 1) <= MAX_BACKWARD) {
            int j = s - 1;
            if (!tt.isWord(j) && !(tt.tok(j).surface().equals(")") || tt.tok(j).surface().equals("("))) {
                if (tt.isQuote(j) && tt.partner(j) >= clauseStart && tt.partner(j) < j && j - tt.partner(j) <= 5) {
                    s = tt.partner(j);
                    continue;
                }
                if (tt.isComma(j) && s < e && (lex.titleAt(tt, s) || lex.nameAt(tt, s)) && j - 1 >= clauseStart) {
                    s = j; // an apposition: «المتحدث باسم الوزارة، العقيد فلان، نفى»
                    continue;
                }
                if (tt.tok(j).surface().equals(".") && j > 0 && tt.isArabic(j - 1) && tt.norm(j - 1).length() == 1) {
                    s = j;
                    continue;
                }
                break;
            }
            if (cueAt[j] || tt.isComplementizer(j) || PhraseShapes.isPronounPhrase(tt, j)) {
                break;
            }
            String n = tt.norm(j);
            if (SEAT.contains(n) && j > clauseStart && s - j <= 3) {
                e = j; // «المنظمة الدولية ومقرها جنيف قالت»: the seat is said in passing, the body is the subject
                s = j;
                continue;
            }
            boolean breaks = lex.isBreak(n) || tt.hasConjunction(j) && lex.isBreak(tt.bare(j)); // «وبعد ذلك يعقد …»
            if (breaks && !(n.equals("بعد") && j > 0 && tt.norm(j - 1).equals("عن"))) {
                break;
            }
            s = j;
        }
        for (int j = e - 1; j > s; j--) {
            if (tt.isArabic(j) && tt.norm(j).length() >= 4 && tt.norm(j).endsWith("وا")) {
                s = j + 1; // a plural verb («وقطعوا») ends a clause: the subject comes after it
                break;
            }
        }
        if (s >= e) {
            return Optional.empty();
        }
        for (int from = s; from < e; from++) {
            if (!tt.isWord(from) || tt.isPreposition(from)) {
                continue;
            }
            boolean lexical = lex.headAt(tt, from).isPresent() || lex.titleAt(tt, from) || lex.nameAt(tt, from)
                    || chunker.multiHeadAt(tt, from);
            boolean openingWord = from == s && s == clauseStart && e - from == 1 && tt.isArabic(from)
                    && tt.norm(from).length() > 1
                    && !tt.hasArticle(from) && !lex.isBreak(tt.bare(from));
            if (lexical || openingWord) {
                // a lone opening word keeps a ب or ل the tokenizer split off: a subject takes no preposition, so the
                // letter belongs to the name («ولكن بيرهوف أكد»)
                int skip = lexical && (tt.tok(from).proclitics().startsWith("ل") || tt.tok(from).proclitics().startsWith("ب"))
                        ? 1 : 0;
                int start = skip > 0 ? tt.skipLetters(tt.tok(from).start(), tt.tok(from).end(), 1) : tt.tok(from).start();
                int to = e;
                if (to - 1 > from && tt.isCloseQuote(to - 1) && tt.partner(to - 1) < from) {
                    to--;
                }
                return Optional.of(new SourcePhrase(from, to, new Span(start, tt.tok(to - 1).end())));
            }
        }
        return Optional.empty();
    }

    /** A word written with the accusative tanween («مؤتمراً»، «صحافياً»). */
    private static boolean accusative(TokenText tt, int i) {
        String w = tt.surface(i);
        return tt.isArabic(i) && (w.endsWith("اً") || w.endsWith("ًا"));
    }
}
