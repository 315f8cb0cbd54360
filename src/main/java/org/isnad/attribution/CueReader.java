package org.isnad.attribution;

import java.util.List;
import org.isnad.model.Entity;

/**
 * What every reader of one kind of cue works with: the document's {@link ExtractionRun} (tokens, entities, cues,
 * drafts so far) and the stateless {@link ExtractionParts}, copied into fields so that the readers' rules stay
 * short. Not thread-safe: one instance per run.
 */
abstract class CueReader {
    protected final ExtractionRun run;
    protected final TokenText tt;
    protected final List<Entity> entities;
    protected final CueMatch[] cueAt;
    protected final boolean[] isCue;
    protected final List<Draft> drafts;
    protected final SourceLexicon lex;
    protected final SourceChunker chunker;
    protected final SourceTyper typer;
    protected final ContentScanner scanner;
    protected final ImplicitSources implicit;
    protected final Before before;
    protected final WordOrder order;

    CueReader(ExtractionRun run) {
        this.run = run;
        this.tt = run.tt;
        this.entities = run.entities;
        this.cueAt = run.cueAt;
        this.isCue = run.isCue;
        this.drafts = run.drafts;
        this.lex = run.parts.lex;
        this.chunker = run.parts.chunker;
        this.typer = run.parts.typer;
        this.scanner = run.parts.scanner;
        this.implicit = run.parts.implicit;
        this.before = run.parts.before;
        this.order = run.parts.order;
    }
}
