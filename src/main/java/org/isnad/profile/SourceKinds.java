package org.isnad.profile;

import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Attribution;
import org.isnad.model.Layers;
import org.isnad.model.Source;
import org.isnad.model.SourceType;
import org.isnad.persuasion.WordSet;
import org.isnad.text.LexiconFile;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;
import org.isnad.text.Tokenizer;

/**
 * Sorts an attribution's source into the kinds the grading table knows: its {@link SourceType}, with DOCUMENT split
 * into identified and undisclosed ({@code undisclosed-markers.txt}), and UNIDENTIFIED for an implicit source with no
 * phrase in the document. Reads the document's token layer (tokenising only when there is none). Thread-safe.
 */
public final class SourceKinds {
    public static final String UNDISCLOSED_DOCUMENT = "DOCUMENT_UNDISCLOSED";
    public static final String UNIDENTIFIED = "UNIDENTIFIED";
    private static final int WORDS_AFTER = 6;


    private final WordSet markers;
    private final WordSet heads;
    private final Tokenizer tokenizer = new Tokenizer();

    public SourceKinds() {
        List<String> m = new ArrayList<>();
        List<String> h = new ArrayList<>();
        for (String[] row : LexiconFile.rows("/org/isnad/profile/undisclosed-markers.txt")) {
            (row[0].equals("HEAD") ? h : m).add(row[1]);
        }
        markers = new WordSet(m);
        heads = new WordSet(h);
    }

    /** The grading kind of an attribution's source. */
    public String kind(Document doc, Attribution a) {
        Source s = a.source();
        if (s.span().isEmpty() || s.span().get().isEmpty()) {
            return s.implicit() || s.type() != SourceType.ANONYMOUS ? UNIDENTIFIED : SourceType.ANONYMOUS.name();
        }
        if (s.type() == SourceType.DOCUMENT && isUndisclosed(doc, s.span().get())) {
            return UNDISCLOSED_DOCUMENT;
        }
        return s.type().name();
    }

    /** True for an anonymous source or an undisclosed document. */
    public boolean isAnonymousOrUndisclosed(String kind) {
        return kind.equals(SourceType.ANONYMOUS.name()) || kind.equals(UNDISCLOSED_DOCUMENT);
    }

    boolean isUndisclosed(Document doc, Span source) {
        List<Token> toks = doc.has(Layers.TOKENS) ? doc.get(Layers.TOKENS) : tokenizer.tokenize(doc.text());
        int i = firstAtOrAfter(toks, source.start());
        int inPhrase = 0;
        Token only = null;
        for (; i < toks.size() && toks.get(i).start() < source.end(); i++) {
            Token t = toks.get(i);
            if (isWord(t)) {
                inPhrase++;
                only = t;
                if (markers.contains(t)) {
                    return true;
                }
            }
        }
        if (inPhrase == 1 && heads.contains(only)) {
            return true;
        }
        for (int after = 0; i < toks.size() && after < WORDS_AFTER; i++) {
            Token t = toks.get(i);
            if (isWord(t)) {
                after++;
                if (markers.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Index of the first token starting at or after the offset (binary search over the ordered token layer). */
    private static int firstAtOrAfter(List<Token> toks, int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean isWord(Token t) {
        return t.kind() == TokenKind.ARABIC || t.kind() == TokenKind.LATIN;
    }
}
