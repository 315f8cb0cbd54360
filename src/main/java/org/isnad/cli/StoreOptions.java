package org.isnad.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.isnad.store.StoreConfig;
import picocli.CommandLine.Option;

/** The {@code --db} and {@code --index} options shared by the store commands (a picocli mixin). */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "store: a file path (embedded H2), or jdbc:postgresql://HOST/DB?user=…&password=… "
                    + "(default: ~/.isnad/isnad; also ISNAD_DB)")
    String db;

    @Option(names = "--index", paramLabel = "DIR",
            description = "search index folder (default: beside the embedded store; ~/.isnad/index/… for PostgreSQL)")
    Path index;

    /** The store named by the options, or by ISNAD_DB, or the default. */
    public StoreConfig config() {
        String d = db != null ? db : System.getenv("ISNAD_DB");
        return StoreConfig.parse(d, Optional.ofNullable(index));
    }
}
