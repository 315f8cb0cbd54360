package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

/**
 * Runs a command body that reads or writes files and turns its failures into one-line messages and exit codes: a
 * missing file is {@link ExitCodes#IO}, unreadable or malformed input {@link ExitCodes#BAD_INPUT}, a bad argument
 * value {@link ExitCodes#USAGE}.
 */
final class IoErrors {
    /** A command body. */
    interface Body {
        int run(PrintStream err) throws IOException;
    }

    private IoErrors() {
    }

    static int run(Body body) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try {
            return body.run(err);
        } catch (NoSuchFileException e) {
            err.println("isnad: no such file: " + e.getFile());
            return ExitCodes.IO;
        } catch (IOException e) {
            err.println("isnad: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("isnad: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
