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
 * Organisation head nouns ({@code org-heads.txt}) make a name an ORG. (1) A head in construct state widens the tagged
 * name after it: «مركز دراسات [الشرق الأوسط]» → ORG «مركز دراسات الشرق الأوسط», «حركة [حماس]» → ORG «حركة حماس»; the
 * head may be followed by up to two untagged words before the name. (2) A tagged name of two or more words that
 * begins with a head noun (with or without the article) is an ORG whatever type the tagger gave it:
 * «[جبهة الفجر]»/MISC → ORG, «[الحركة الإسلامية]»/LOC → ORG. Thread-safe.
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

    /** True when the token is an organisation head noun, with or without the article. */
    boolean isAnyHead(Token t) {
        return t.kind() == TokenKind.ARABIC && heads.contains(Coreference.word(t));
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
            if (m.length() >= 2 && m.type() != EntityType.ORG && m.type() != EntityType.TITLE
                    && m.type() != EntityType.NORP && isAnyHead(toks.get(m.first() - base))) {
                out.set(k, new Mention(m.first(), m.end(), EntityType.ORG));
                continue;
            }
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
