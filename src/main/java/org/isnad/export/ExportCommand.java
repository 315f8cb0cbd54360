package org.isnad.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLStreamException;
import org.isnad.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad export --format ftm|graphml|gexf|csv [--out FILE] INPUT…}: turns analysis JSON or JSON Lines into a
 * network for Aleph (FollowTheMoney entities), Gephi (GEXF), yEd and graph libraries (GraphML) or spreadsheets
 * (CSV). Bad records are reported on stderr, one line each, and skipped.
 */
@Command(name = "export", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Export entities and relations of analyses as FtM JSON lines, GraphML, GEXF or CSV.")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, description = "ftm, graphml, gexf or csv")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path outFile;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "analysis JSON / JSONL files from isnad analyze; - for stdin")
    List<String> inputs;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("ftm", "graphml", "gexf", "csv").contains(fmt)) {
            err.println("isnad: unknown export format '" + format + "' (ftm, graphml, gexf or csv)");
            return ExitCodes.USAGE;
        }
        GraphBuilder builder = new GraphBuilder();
        int[] counts = new int[2];
        AnalysisReader reader = new AnalysisReader();
        for (String in : inputs) {
            try {
                reader.read(in, new AnalysisReader.Sink() {
                    @Override
                    public void record(String where, JsonNode analysis) {
                        builder.add(analysis);
                        counts[0]++;
                    }

                    @Override
                    public void bad(String message) {
                        err.println("isnad: bad record " + message);
                        counts[1]++;
                    }
                });
            } catch (IOException e) {
                err.println("isnad: cannot read " + in + ": " + AnalysisReader.oneLine(e));
                return ExitCodes.IO;
            }
        }
        if (counts[0] == 0) {
            err.println("isnad: no usable analysis records in the input");
            return ExitCodes.BAD_INPUT;
        }
        try (OutputStream raw = outFile == null ? new NonClosing(System.out) : Files.newOutputStream(outFile);
             OutputStream out = new BufferedOutputStream(raw)) {
            write(fmt, builder.graph(), out);
        } catch (IOException | XMLStreamException e) {
            err.println("isnad: cannot write " + (outFile == null ? "output" : outFile) + ": " + AnalysisReader.oneLine(e));
            return ExitCodes.IO;
        }
        return counts[1] == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    static void write(String fmt, Graph g, OutputStream out) throws IOException, XMLStreamException {
        switch (fmt) {
            case "graphml" -> XmlGraphWriter.graphml(g, out);
            case "gexf" -> XmlGraphWriter.gexf(g, out);
            default -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                if (fmt.equals("csv")) {
                    CsvGraphWriter.write(g, w);
                } else {
                    FtmWriter.write(g, w);
                }
                w.flush();
            }
        }
        out.flush();
    }

    /** Standard output that the try-with-resources must not close. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream o) {
            super(o);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
