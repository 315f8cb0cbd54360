package org.isnad.attribution;

import java.util.List;
import org.isnad.model.Certainty;

/**
 * Certainty after the guide: the cue's class, turned HEDGED by a distancing word in the source phrase («شائعات
 * كثيرة نقلت …») or a modal hedge in the content («من المتوقع»، «على الأرجح»، «قد» + imperfect). A denial stays
 * DENIED. Thread-safe.
 */
final class CertaintyRules {
    private final SourceLexicon lex;
    private final PhraseIndex sourceHedges;
    private final PhraseIndex contentHedges;

    CertaintyRules(SourceLexicon lex) {
        this.lex = lex;
        this.sourceHedges = new PhraseIndex(lex.sourceHedges());
        this.contentHedges = new PhraseIndex(lex.contentHedges());
    }

    Certainty certainty(TokenText tt, Draft d) {
        Certainty c = base(tt, d);
        if (c != Certainty.DENIED && hedged(tt, d.contentFrom, d.contentTo)) {
            return Certainty.HEDGED;
        }
        return c;
    }

    /** The certainty from the cue and the source phrase alone (claims add their own clause's hedges). */
    Certainty base(TokenText tt, Draft d) {
        Certainty c = d.cue.entry().certainty();
        if (c == Certainty.DENIED || c == Certainty.HEDGED) {
            return c;
        }
        if (d.sourcePhrase != null && !d.implicit
                && contains(tt, d.sourcePhrase.from(), d.sourcePhrase.to(), lex.sourceHedges(), sourceHedges)) {
            return Certainty.HEDGED;
        }
        return c;
    }

    /** True when tokens [from, to) hold a modal hedge or «قد» before an imperfect verb. */
    boolean hedged(TokenText tt, int from, int to) {
        if (contains(tt, from, to, lex.contentHedges(), contentHedges)) {
            return true;
        }
        for (int i = from; i + 1 < to; i++) {
            if (tt.isArabic(i) && (tt.norm(i).equals("قد") || tt.norm(i).equals("وقد"))) {
                String next = tt.isArabic(i + 1) ? tt.norm(i + 1) : "";
                if (next.length() >= 4 && (next.charAt(0) == 'ي' || next.charAt(0) == 'ت')) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(TokenText tt, int from, int to, List<String[]> phrases, PhraseIndex index) {
        for (int i = from; i < to; i++) {
            for (int k : index.candidates(tt, i)) {
                String[] p = phrases.get(k);
                if (i + p.length <= to && CueFinder.matches(tt, i, p)) {
                    return true;
                }
            }
        }
        return false;
    }
}
