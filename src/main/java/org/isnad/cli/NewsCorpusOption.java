package org.isnad.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --corpus} option of the commands that learn from unlabeled news (gzip'd JSON Lines files). */
public final class NewsCorpusOption {
    @Option(names = "--corpus", arity = "1..*", required = true, paramLabel = "FILE",
            description = "articles-NNN.jsonl.gz files (field 'text')")
    List<Path> corpus;

    /** The files, each checked to exist. */
    List<Path> files() throws NoSuchFileException {
        for (Path p : corpus) {
            if (!Files.isRegularFile(p)) {
                throw new NoSuchFileException(p.toString());
            }
        }
        return corpus;
    }
}
