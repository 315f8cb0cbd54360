package org.isnad.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Document context for the second (stacked) pass: for each token, the entity types that the first pass gave to
 * other occurrences of the same light stem within a window of sentences. A name tagged confidently in one sentence
 * («أزيري» after «حسين») thereby helps its bare mentions elsewhere.
 */
final class StackContext {
    private StackContext() {
    }

    /** One type mask per token of each sentence (bit {@code t} = type index {@code t} of the labels). */
    static List<int[]> masks(List<List<Token>> sents, List<int[]> pass1, BioLabels labels, int window) {
        record Occ(int sentence, int token, int type) {
        }
        Map<String, List<Occ>> byStem = new HashMap<>();
        for (int s = 0; s < sents.size(); s++) {
            List<Token> toks = sents.get(s);
            int[] p = pass1.get(s);
            for (int i = 0; i < toks.size(); i++) {
                if (p[i] != 0 && eligible(toks.get(i))) {
                    byStem.computeIfAbsent(toks.get(i).stem(), k -> new ArrayList<>())
                            .add(new Occ(s, i, (p[i] - 1) / 2));
                }
            }
        }
        List<int[]> out = new ArrayList<>(sents.size());
        for (int s = 0; s < sents.size(); s++) {
            List<Token> toks = sents.get(s);
            int[] m = new int[toks.size()];
            for (int i = 0; i < toks.size(); i++) {
                if (!eligible(toks.get(i))) {
                    continue;
                }
                List<Occ> occ = byStem.get(toks.get(i).stem());
                if (occ == null) {
                    continue;
                }
                // occurrences are in sentence order: start at the window's first sentence (binary search)
                int lo = 0;
                int hi = occ.size();
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (occ.get(mid).sentence < s - window) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                int all = (1 << labels.types().size()) - 1;
                for (int k = lo; k < occ.size() && occ.get(k).sentence <= s + window && m[i] != all; k++) {
                    Occ o = occ.get(k);
                    if (!(o.sentence == s && o.token == i)) {
                        m[i] |= 1 << o.type;
                    }
                }
            }
            out.add(m);
        }
        return out;
    }

    private static boolean eligible(Token t) {
        return (t.kind() == TokenKind.ARABIC || t.kind() == TokenKind.LATIN || t.kind() == TokenKind.MIXED)
                && t.stem().length() >= 2;
    }
}
