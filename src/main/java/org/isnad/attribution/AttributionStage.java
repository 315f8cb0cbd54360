package org.isnad.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.doc.Document;

import org.isnad.model.Attribution;
import org.isnad.model.Claim;
import org.isnad.model.Layers;
import org.isnad.model.Source;
import org.isnad.pipeline.Stage;
import org.isnad.text.Sentence;
import org.isnad.text.SentenceSplitter;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;

/**
 * The "attribution" stage: finds who is said to say what (Layers.ATTRIBUTIONS) and splits the text into claims
 * (Layers.CLAIMS), after {@code shared/specs/attribution-annotation.md}. Reads TOKENS and SENTENCES (made here when
 * absent) and ENTITIES when an earlier stage added them. Loads its lexicons once; thread-safe.
 */
public final class AttributionStage implements Stage {
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final AttributionExtractor extractor;
    private final ChainLinker chains;
    private final CertaintyRules certainty;
    private final ClaimSplitter claims;

    public AttributionStage() {
        SourceLexicon lex = SourceLexicon.get();
        SourceChunker chunker = new SourceChunker(lex);
        this.extractor = new AttributionExtractor(CueLexicon.get(), lex);
        this.chains = new ChainLinker(new ContentScanner(lex, chunker));
        this.certainty = new CertaintyRules(lex);
        this.claims = new ClaimSplitter(certainty, new Before(lex));
    }

    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public void process(Document doc) {
        List<Token> tokens = doc.has(Layers.TOKENS) ? doc.get(Layers.TOKENS) : tokenizer.tokenize(doc.text());
        List<Sentence> sentences = doc.has(Layers.SENTENCES) ? doc.get(Layers.SENTENCES) : splitter.split(doc.text(), tokens);
        if (tokens.isEmpty()) {
            doc.set(Layers.ATTRIBUTIONS, List.of());
            doc.set(Layers.CLAIMS, List.of());
            return;
        }
        Result r = analyse(new TokenText(doc.text(), tokens, sentences), doc.get(Layers.ENTITIES));
        doc.set(Layers.ATTRIBUTIONS, r.attributions());
        doc.set(Layers.CLAIMS, r.claims());
    }

    /** Attributions and claims of one document. */
    public record Result(List<Attribution> attributions, List<Claim> claims) {
    }

    Result analyse(TokenText tt, List<org.isnad.model.Entity> entities) {
        List<Draft> drafts = new ArrayList<>(extractor.extract(tt, entities));
        CueMatch[] cueAt = cueIndex(tt, drafts);
        chains.continuations(tt, drafts, cueAt);
        drafts.sort((a, b) -> a.cueSpan.start() != b.cueSpan.start() ? Integer.compare(a.cueSpan.start(), b.cueSpan.start())
                : Integer.compare(a.content.start(), b.content.start()));
        chains.link(tt, drafts, cueAt);
        for (Draft d : drafts) {
            d.certainty = certainty.certainty(tt, d);
        }
        for (Draft d : drafts) {
            if (d.continues != null) {
                d.certainty = d.continues.certainty;
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).id = "a" + (i + 1);
        }
        List<Attribution> atts = new ArrayList<>();
        for (Draft d : drafts) {
            atts.add(new Attribution(d.id, d.cueSpan, new Source(d.source, d.type, d.entity, d.implicit), d.content,
                    d.extra, d.certainty, Optional.ofNullable(d.channel), Optional.ofNullable(d.parent).map(p -> p.id),
                    Optional.ofNullable(d.continues).map(p -> p.id)));
        }
        List<Claim> cl = new ArrayList<>();
        int n = 0;
        for (ClaimSplitter.Piece p : claims.claims(tt, drafts)) {
            cl.add(new Claim("c" + (++n), p.span(), p.draft().map(d -> d.id), p.certainty()));
        }
        return new Result(atts, cl);
    }

    private static CueMatch[] cueIndex(TokenText tt, List<Draft> drafts) {
        CueMatch[] at = new CueMatch[tt.size()];
        Map<CueMatch, Boolean> seen = new HashMap<>();
        for (Draft d : drafts) {
            if (seen.put(d.cue, true) == null) {
                for (int i = d.cue.first(); i < d.cue.end() && i < at.length; i++) {
                    at[i] = d.cue;
                }
            }
        }
        return at;
    }

}
