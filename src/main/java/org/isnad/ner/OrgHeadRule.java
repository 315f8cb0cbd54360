package org.isnad.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.model.EntityType;
import org.isnad.text.LexiconFile;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Widens a tagged name to the organisation that a head noun in construct state opens: «مركز دراسات [الشرق الأوسط]»
 * → ORG «مركز دراسات الشرق الأوسط», «حركة [حماس]» → ORG «حركة حماس». The head (from {@code org-heads.txt}, without
 * the article) may be followed by up to two untagged words before the tagged name. Thread-safe.
 */
public final class OrgHeadRule {
    private static final int MAX_GAP = 2;
    private final Set<String> heads = new HashSet<>();

    public OrgHeadRule() {
        for (String h : LexiconFile.lines(GazetteerSources.RES + "org-heads.txt")) {
            heads.addAll(Gazetteer.wordForms(h));
        }
    }

    /** True when the token is an indefinite (construct-state) organisation head noun. */
    boolean isHead(Token t) {
        return t.kind() == TokenKind.ARABIC && !t.base().startsWith("ال") && heads.contains(Coreference.word(t));
    }

    /**
     * Applies the rule to one sentence's tagger mentions.
     *
     * @param toks     the sentence
     * @param mentions its mentions, in order, with document token indices
     * @param base     document index of the sentence's first token
     */
    public List<Mention> apply(List<Token> toks, List<Mention> mentions, int base) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            int prevEnd = k == 0 ? base : out.get(k - 1).end();
            for (int h = m.first() - 1; h >= Math.max(prevEnd, m.first() - 1 - MAX_GAP); h--) {
                Token t = toks.get(h - base);
                if (t.kind() != TokenKind.ARABIC) {
                    break;
                }
                if (isHead(t) && m.type() != EntityType.TITLE && m.type() != EntityType.NORP) {
                    out.set(k, new Mention(h, m.end(), EntityType.ORG));
                    break;
                }
            }
        }
        return out;
    }
}
