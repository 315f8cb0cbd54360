package org.isnad.relations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * One sentence seen by the relation rules: its token range in the document's token layer, the entity mentions that
 * start in it (by token), and word tests against the lexicon. Built per sentence and per call; not shared.
 */
final class Sent {
    /** An entity mention anchored to tokens. */
    record EntityRef(String id, EntityType type, Span span, int endToken) {
    }

    static final Set<String> PREPS = Set.of("PREP");
    static final Set<String> STOPS = Set.of("PREP", "REL", "PART", "VERB", "PRON");

    final Document doc;
    final List<Token> toks;
    final int first;
    final int end;
    final RelationLexicon lex;
    private final Map<Integer, EntityRef> entityAt = new HashMap<>();

    Sent(Document doc, List<Token> toks, int first, int end, List<Entity> entities, RelationLexicon lex) {
        this.doc = doc;
        this.toks = toks;
        this.first = first;
        this.end = end;
        this.lex = lex;
        if (first >= end) {
            return;
        }
        int lo = toks.get(first).start();
        int hi = toks.get(end - 1).end();
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                if (m.end() <= lo || m.start() >= hi) {
                    continue;
                }
                int s = tokenAt(m.start());
                int t = s;
                while (t < end && toks.get(t).start() < m.end()) {
                    t++;
                }
                if (s >= 0 && t > s) {
                    EntityRef old = entityAt.get(s);
                    if (old == null || old.endToken() < t) {
                        entityAt.put(s, new EntityRef(e.id(), e.type(), m, t));
                    }
                }
            }
        }
    }

    private int tokenAt(int offset) {
        for (int i = first; i < end; i++) {
            if (toks.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    /** True when an earlier stage added an entity layer (then names come from it, not from guesses). */
    boolean nerRan() {
        return doc.has(org.isnad.model.Layers.ENTITIES);
    }

    Token t(int i) {
        return toks.get(i);
    }

    /** The lexicon keys of token i (cached per document). */
    List<String> keys(int i) {
        return KeyedTokens.keysOf(toks, i);
    }

    boolean in(int i) {
        return i >= first && i < end;
    }

    Optional<EntityRef> entityAt(int i) {
        return Optional.ofNullable(entityAt.get(i));
    }

    boolean isPunct(int i) {
        return in(i) && (t(i).kind() == TokenKind.PUNCT || t(i).kind() == TokenKind.SYMBOL);
    }

    boolean isComma(int i) {
        return isPunct(i) && (t(i).surface().equals("،") || t(i).surface().equals(",") || t(i).surface().equals("؛"));
    }

    boolean isWord(int i) {
        return in(i) && (t(i).kind() == TokenKind.ARABIC || t(i).kind() == TokenKind.LATIN);
    }

    /** True when token i is a standalone function word of one of the classes. */
    boolean isFunc(int i, Set<String> classes) {
        if (!in(i)) {
            return false;
        }
        for (String part : t(i).proclitics().split("\\+")) {
            if (!part.isEmpty() && !part.equals("و") && !part.equals("ف") && !part.equals("ال")) {
                return false;
            }
        }
        return lex.isFunctionWord(toks, i, end, classes);
    }

    /** True when token i is one of the given prepositions standing alone («مع»، «من»). */
    boolean isPrepWord(int i, String... words) {
        if (!isFunc(i, PREPS)) {
            return false;
        }
        List<String> keys = keys(i);
        for (String w : words) {
            if (keys.contains(Keys.entryKey(w))) {
                return true;
            }
        }
        return false;
    }

    /** True when token i carries the given preposition as a proclitic («بطائرات»، «لحركة»). */
    boolean hasPrepClitic(int i, String p) {
        return in(i) && (t(i).hasProclitic(p) || isDetachedPrep(i) && t(i).norm().equals(p)
                || prefixedHeadWord(i) && t(i).norm().startsWith(p));
    }

    /** «لـ» or «بـ» written apart before a quoted name: «لـ«هيئة تحرير الشام»». */
    boolean isDetachedPrep(int i) {
        return in(i) && t(i).kind() == TokenKind.ARABIC && t(i).norm().length() == 1
                && (t(i).norm().equals("ل") || t(i).norm().equals("ب"));
    }

    boolean isOpenQuote(int i) {
        return isPunct(i) && "«\"“„'‘".contains(t(i).surface());
    }

    boolean isCloseQuote(int i) {
        return isPunct(i) && "»\"”'’".contains(t(i).surface());
    }

    boolean hasAnyPrepClitic(int i) {
        return hasPrepClitic(i, "ب") || hasPrepClitic(i, "ل") || hasPrepClitic(i, "ك");
    }

    /** Length of a time expression starting at token i, 0 when none. */
    int timeAt(int i) {
        return in(i) ? lex.timeWords.match(toks, i, end).map(PhraseTable.Match::length).orElse(0) : 0;
    }

    Optional<PhraseTable.Match<Trigger>> triggerAt(int i) {
        return in(i) ? lex.triggers.match(toks, i, end) : Optional.empty();
    }

    boolean isCue(int i, String cls) {
        return in(i) && lex.cue(toks, i, end, cls).isPresent();
    }

    /** The text span of tokens [a, b), leaving out the proclitics of the first. */
    Span span(int a, int b) {
        int start = Keys.baseStart(t(a));
        if (prefixedHeadWord(a)) {
            start = afterFirstLetter(t(a));
        } else if (start > t(a).start() && lex.isHeadWord(Keys.stripArticle(t(a).norm()))
                && !lex.isHeadWord(Keys.stripArticle(t(a).base()))) {
            start = t(a).start(); // a head word the clitic analyser split by mistake: «كتائب»
        }
        return new Span(start, t(b - 1).end());
    }

    /** The text span of tokens [a, b) as written (a name keeps its first letters: «فيصل»). */
    Span rawSpan(int a, int b) {
        return new Span(t(a).start(), t(b - 1).end());
    }

    /** «لجيش»: an unsplit ب/ل before a lexicon head word that the whole word is not. */
    private boolean prefixedHeadWord(int a) {
        String u = Keys.unsplitPreposition(t(a));
        return !u.isEmpty() && lex.isHeadWord(u) && !lex.isHeadWord(Keys.stripArticle(t(a).norm()));
    }

    private static int afterFirstLetter(Token tk) {
        String s = tk.surface();
        int i = 1;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) {
            i++;
        }
        return i < s.length() ? tk.start() + i : tk.start();
    }

    Span sentenceSpan() {
        return new Span(t(first).start(), t(end - 1).end());
    }

    String text(Span s) {
        return doc.text(s);
    }
}
