package org.isnad.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.text.LexiconFile;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Drops mentions that only name a currency: every word is a currency word ({@code currencies.txt}) or a nationality
 * adjective, and at least one is a currency word («دولار», «الدولار الأمريكي», «ريال سعودي»). ANERcorp tags
 * currencies MISC, so the tagger proposes them; in a report they are units, not entities. Thread-safe.
 */
final class CurrencyRule {
    private final Set<String> currencies = new HashSet<>();
    private final Demonyms demonyms;

    CurrencyRule(Demonyms demonyms) {
        this.demonyms = demonyms;
        for (String w : LexiconFile.lines(GazetteerSources.RES + "currencies.txt")) {
            currencies.addAll(Gazetteer.wordForms(w));
        }
    }

    boolean isCurrency(Token t) {
        return t.kind() == TokenKind.ARABIC && currencies.contains(Coreference.word(t));
    }

    /** The mentions of one sentence without currency-only ones ({@code base}: the sentence's first token). */
    List<Mention> apply(List<Token> toks, List<Mention> mentions, int base) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean currency = false;
            boolean other = false;
            for (int j = m.first(); j < m.end(); j++) {
                Token t = toks.get(j - base);
                if (isCurrency(t)) {
                    currency = true;
                } else if (!demonyms.isDemonym(t)) {
                    other = true;
                }
            }
            if (!currency || other) {
                out.add(m);
            }
        }
        return out;
    }
}
