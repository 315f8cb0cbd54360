package org.isnad.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Certainty;
import org.isnad.model.Claim;
import org.isnad.model.Layers;
import org.isnad.model.Relation;
import org.isnad.text.SentenceSplitter;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;

/** Hand-built documents for relation tests: tokens and sentences from org.isnad.text, claims made by hand. */
final class Docs {
    private Docs() {
    }

    /** A document with tokens and sentences and no claims. */
    static Document bare(String text) {
        Document d = Document.of("t", text);
        List<Token> toks = new Tokenizer().tokenize(text);
        d.set(Layers.TOKENS, toks);
        d.set(Layers.SENTENCES, new SentenceSplitter().split(text, toks));
        return d;
    }

    /** A document whose every sentence is one claim in the outlet's voice with the given certainty. */
    static Document withSentenceClaims(String text, Certainty c) {
        Document d = bare(text);
        List<Claim> claims = new ArrayList<>();
        d.get(Layers.SENTENCES).forEach(s -> claims.add(new Claim("c" + (claims.size() + 1), s.span(),
                Optional.empty(), c)));
        d.set(Layers.CLAIMS, claims);
        return d;
    }

    static Document outletVoice(String text) {
        return withSentenceClaims(text, Certainty.ASSERTED);
    }

    static List<Relation> extract(Document d) {
        return new RelationExtractor().extract(d);
    }

    static List<Relation> ofType(List<Relation> rs, String type) {
        return rs.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The text of the first argument with the role, or "". */
    static String arg(Relation r, String role) {
        return r.arguments().stream().filter(a -> a.role().equals(role)).map(a -> a.text()).findFirst().orElse("");
    }

    static List<String> args(Relation r, String role) {
        return r.arguments().stream().filter(a -> a.role().equals(role)).map(a -> a.text()).toList();
    }

    static Span spanOf(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException(part);
        }
        return new Span(i, i + part.length());
    }
}
