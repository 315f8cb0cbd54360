package org.isnad.store;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The content terms of a claim for matching restatements: Lucene's Arabic analysis (normalisation, stop words,
 * light stemming), so «المفاوضات» and «مفاوضات», «أكدت» and «اكدت» meet. Two claims match when their term sets
 * overlap by at least {@value #MIN_OVERLAP} of the smaller set and share at least {@value #MIN_SHARED} terms.
 */
final class ClaimTerms {
    static final double MIN_OVERLAP = 0.6;
    static final int MIN_SHARED = 3;
    private static final Analyzer ANALYZER = new ArabicAnalyzer();

    private ClaimTerms() {
    }

    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = ANALYZER.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException("analysis of an in-memory string failed", e);
        }
        return out;
    }

    static boolean match(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String t : small) {
            if (large.contains(t)) {
                shared++;
            }
        }
        return match(a.size(), b.size(), shared);
    }

    /** The same test from the two set sizes and the number of terms they share. */
    static boolean match(int sizeA, int sizeB, int shared) {
        if (sizeA == 0 || sizeB == 0) {
            return false;
        }
        int small = Math.min(sizeA, sizeB);
        if (small < MIN_SHARED) {
            return shared == small && sizeA == sizeB;
        }
        return shared >= MIN_SHARED && shared >= MIN_OVERLAP * small;
    }
}
