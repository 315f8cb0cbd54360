package org.isnad.persuasion;

import java.util.Set;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * One position of a lexicon pattern. Written in the lexicon files as:
 * <ul>
 *   <li>{@code word} or {@code a|b|c}: a word whose {@link LemmaKey} equals one of the alternatives' keys</li>
 *   <li>{@code =word}: the clitic-free form must be exactly that word (article and endings kept)</li>
 *   <li>{@code word*}: the clitic-free form without article starts with the word</li>
 *   <li>{@code س+…}: the word must also carry the future marker س</li>
 *   <li>{@code _}: any word; {@code _?}: an optional word</li>
 * </ul>
 *
 * @param keys     lemma keys, exact forms or prefixes to compare with
 * @param mode     how to compare
 * @param future   whether the future proclitic is required
 * @param optional whether the position may be skipped
 */
public record PatternElement(Set<String> keys, Mode mode, boolean future, boolean optional) {
    /** How an element compares a token. */
    public enum Mode { KEY, EXACT, PREFIX, ANY }

    public PatternElement {
        keys = Set.copyOf(keys);
    }

    /** True when token i of an indexed document fills this position. */
    boolean matches(IndexedTokens d, int i) {
        Token t = d.get(i);
        if (mode == Mode.ANY) {
            return t.kind() != TokenKind.PUNCT && t.kind() != TokenKind.SYMBOL;
        }
        if (future && !t.hasProclitic("س")) {
            return false;
        }
        if (mode == Mode.KEY || mode == Mode.EXACT) {
            for (String k : mode == Mode.KEY ? d.keys[i] : d.exact[i]) {
                if (keys.contains(k)) {
                    return true;
                }
            }
            return false;
        }
        return matches(t);
    }

    /** True when the token fills this position. */
    public boolean matches(Token t) {
        if (mode == Mode.ANY) {
            return t.kind() != TokenKind.PUNCT && t.kind() != TokenKind.SYMBOL;
        }
        if (future && !t.hasProclitic("س")) {
            return false;
        }
        switch (mode) {
            case KEY -> {
                for (String k : LemmaKey.keys(t)) {
                    if (keys.contains(k)) {
                        return true;
                    }
                }
                return false;
            }
            case EXACT -> {
                for (String f : LemmaKey.exactForms(t)) {
                    if (keys.contains(f)) {
                        return true;
                    }
                }
                return false;
            }
            default -> {
                String b = t.base().startsWith("ال") && t.base().length() >= 4 ? t.base().substring(2) : t.base();
                for (String k : keys) {
                    if (b.startsWith(k) || t.base().startsWith(k)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }
}
