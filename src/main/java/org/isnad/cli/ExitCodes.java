package org.isnad.cli;

/** Exit codes of every isnad command (documented in the README and in --help). */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** A batch finished, but some records were bad and were skipped (each reported on stderr). */
    public static final int PARTIAL = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The input could not be used: empty, binary, too large, undecodable or malformed. */
    public static final int BAD_INPUT = 3;
    /** A file could not be read or written, or a store could not be reached. */
    public static final int IO = 4;
    /** An internal error: a bug. The message says what failed. */
    public static final int INTERNAL = 70;

    public static final String HELP = """
            Exit codes:
              0  success
              1  batch finished with some bad records skipped (listed on stderr)
              2  usage error
              3  bad input (empty, binary, too large, undecodable, malformed)
              4  I/O error (file or store not reachable)
              70 internal error""";

    private ExitCodes() {
    }
}
