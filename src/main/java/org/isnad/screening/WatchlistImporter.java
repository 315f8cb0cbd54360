package org.isnad.screening;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one list file into the internal model. Implementations are stateless. */
public interface WatchlistImporter {
    Watchlist read(Path file) throws WatchlistException, IOException;
}
