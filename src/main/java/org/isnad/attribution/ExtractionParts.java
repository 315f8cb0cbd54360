package org.isnad.attribution;

/**
 * The stateless pieces an extraction run composes, built once per {@link AttributionExtractor}: the source lexicon,
 * the phrase chunker and typer, the content scanner, implicit-source resolution, clause boundaries and word order.
 * Immutable and thread-safe.
 */
final class ExtractionParts {
    final SourceLexicon lex;
    final SourceChunker chunker;
    final SourceTyper typer;
    final ContentScanner scanner;
    final ImplicitSources implicit;
    final Before before;
    final WordOrder order;

    ExtractionParts(CueLexicon cues, SourceLexicon lex) {
        this.lex = lex;
        this.chunker = new SourceChunker(lex);
        this.typer = new SourceTyper(lex, chunker);
        this.order = new WordOrder(lex, typer);
        this.scanner = new ContentScanner(lex, chunker);
        this.implicit = new ImplicitSources(cues, lex, chunker);
        this.before = new Before(lex);
    }
}
