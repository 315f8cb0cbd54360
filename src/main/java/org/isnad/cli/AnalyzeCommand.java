package org.isnad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.isnad.doc.Document;
import org.isnad.io.DocumentReader;
import org.isnad.io.InputFormat;
import org.isnad.io.InputItem;
import org.isnad.io.InputOptions;
import org.isnad.json.AnalysisJson;
import org.isnad.pipeline.OrderedParallel;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import org.isnad.report.DisplayText;
import org.isnad.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad analyze FILE… | -}: reads reports (text, HTML, JSON Lines, stdin), runs the pipeline on each (in
 * parallel, output in input order) and writes a readable report, the analysis JSON or JSON Lines. Bad inputs are
 * reported one line each on stderr and skipped; the exit code says whether all, some or none could be analysed.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, footer = ExitCodes.HELP, sortOptions = false,
        description = {"Analyse Arabic news reports: entities, attributions, claims, relations, screening, persuasion.",
            "Inputs: plain text (UTF-8, UTF-16 with BOM, Windows-1256), HTML pages, JSON Lines of",
            "{id, text | html, title?, outlet?, url?, published?}, or - for standard input."})
public final class AnalyzeCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, json, jsonl }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "text, HTML or JSON Lines files; - for stdin")
    List<String> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (a report to read), json (one object per document) or jsonl (one a line); "
                    + "default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE",
            description = "the stages to run, comma-separated (they run in the catalogue's order); default: all")
    List<String> stages;

    @Option(names = "--watchlist", paramLabel = "FILE", description = "a list file (UN, OFAC or FtM) to screen entities against, besides imported lists; repeatable")
    List<Path> watchlists = new ArrayList<>();

    @Option(names = "--model", paramLabel = "FILE", description = "a NER model file instead of the shipped one")
    Path model;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "a named option passed to the stages")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--input-format", defaultValue = "AUTO", paramLabel = "KIND",
            description = "AUTO (by extension, then content), TEXT, HTML or JSONL; default: ${DEFAULT-VALUE}")
    InputFormat inputFormat;

    @Option(names = "--max-bytes", defaultValue = "5M", paramLabel = "SIZE", converter = ByteSize.class,
            description = "the largest document (and JSON Lines line) accepted, e.g. 500k, 5M; default: "
                    + "${DEFAULT-VALUE}")
    long maxBytes;

    @Option(names = "--threads", paramLabel = "N", description = "documents analysed at once; default: cores, up to 4")
    int threads = Math.min(4, Runtime.getRuntime().availableProcessors());

    @Option(names = "--isolates", description = "wrap Arabic text in Unicode isolates (FSI…PDI) in the text report, "
            + "for bidi-aware terminals")
    boolean isolates;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Optional<Integer> problem = checkFiles(err);
        if (problem.isPresent()) {
            return problem.get();
        }
        List<String> stageList = stages == null ? StageCatalog.DEFAULT_STAGES : stages;
        Optional<String> unknown = StageCatalog.unknownStage(stageList);
        if (unknown.isPresent()) {
            err.println("isnad: " + unknown.get());
            return ExitCodes.USAGE;
        }
        Pipeline pipeline;
        try {
            PipelineConfig config = new PipelineConfig(Optional.ofNullable(model), watchlists, options);
            pipeline = StageCatalog.build(stageList, config);
        } catch (IllegalArgumentException e) {
            err.println("isnad: " + IsnadCli.oneLine(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println("isnad: cannot load a model or list: " + IsnadCli.oneLine(e.getCause()));
            return ExitCodes.IO;
        }
        InputOptions inputOptions;
        try {
            inputOptions = new InputOptions(maxBytes, inputFormat);
        } catch (IllegalArgumentException e) {
            err.println("isnad: --max-bytes: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (OutputStream sink = out == null ? null : Files.newOutputStream(out)) {
            PrintStream target = new PrintStream(sink == null ? System.out : sink, false, StandardCharsets.UTF_8);
            int code = analyse(pipeline, new DocumentReader(inputOptions), target, err);
            target.flush();
            if (target.checkError()) {
                err.println("isnad: " + (out == null ? "standard output" : out) + ": write failed");
                return ExitCodes.IO;
            }
            return code;
        } catch (IOException e) {
            err.println("isnad: " + out + ": cannot write: " + IsnadCli.oneLine(e));
            return ExitCodes.IO;
        }
    }

    private Optional<Integer> checkFiles(PrintStream err) {
        List<Path> needed = new ArrayList<>(watchlists);
        if (model != null) {
            needed.add(model);
        }
        for (Path p : needed) {
            if (!Files.isReadable(p)) {
                err.println("isnad: " + p + ": " + (Files.exists(p) ? "cannot read" : "no such file"));
                return Optional.of(ExitCodes.IO);
            }
        }
        if (threads < 1 || threads > 256) {
            err.println("isnad: --threads must be between 1 and 256");
            return Optional.of(ExitCodes.USAGE);
        }
        return Optional.empty();
    }

    /** A processed document's output, or the failure of one input. */
    private record Outcome(InputItem item, String output) {
    }

    private int analyse(Pipeline pipeline, DocumentReader reader, PrintStream target, PrintStream err) {
        TextReport report = new TextReport(new DisplayText(isolates, 90, 600));
        Tally tally = new Tally();
        OrderedParallel.run(inputs(reader), threads, item -> {
            if (item instanceof InputItem.Ok ok) {
                Document doc = pipeline.process(ok.document());
                return new Outcome(item, render(doc, pipeline, report));
            }
            return new Outcome(item, null);
        }, outcome -> {
            if (outcome.item() instanceof InputItem.Failed f) {
                err.println("isnad: " + f.where() + ": " + f.reason());
                tally.fail(f.where(), f.ioError() ? ExitCodes.IO : ExitCodes.BAD_INPUT);
            } else {
                if (format == Format.text && tally.ok > 0) {
                    target.println();
                }
                target.print(outcome.output());
                target.flush();
                tally.ok++;
            }
        }, (item, e) -> {
            err.println("isnad: " + item.where() + ": internal error: " + IsnadCli.oneLine(e));
            tally.fail(item.where(), ExitCodes.INTERNAL);
        });
        return tally.exitCode(err);
    }

    private String render(Document doc, Pipeline pipeline, TextReport report) {
        try {
            return switch (format) {
                case text -> report.render(doc, pipeline.stageNames());
                case json -> AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(AnalysisJson.toJson(doc)) + "\n";
                case jsonl -> AnalysisJson.MAPPER.writeValueAsString(AnalysisJson.toJson(doc)) + "\n";
            };
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The items of every input, read one input after the other. */
    private Iterator<InputItem> inputs(DocumentReader reader) {
        Iterator<String> names = files.iterator();
        return new Iterator<>() {
            private Iterator<InputItem> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && names.hasNext()) {
                    current = reader.read(names.next(), System.in);
                }
                return current.hasNext();
            }

            @Override
            public InputItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** Counts of a batch and the exit code they lead to. */
    private static final class Tally {
        int ok;
        final List<String> failed = new ArrayList<>();
        int firstCode;
        boolean internal;

        void fail(String where, int code) {
            if (failed.isEmpty()) {
                firstCode = code;
            }
            failed.add(where);
            internal |= code == ExitCodes.INTERNAL;
        }

        int exitCode(PrintStream err) {
            if (failed.isEmpty()) {
                return ExitCodes.OK;
            }
            if (ok + failed.size() > 1) {
                List<String> shown = failed.subList(0, Math.min(10, failed.size()));
                err.println("isnad: " + failed.size() + " of " + (ok + failed.size()) + " inputs skipped: "
                        + String.join(", ", shown) + (failed.size() > shown.size() ? ", …" : ""));
            }
            if (internal) {
                return ExitCodes.INTERNAL;
            }
            return ok > 0 ? ExitCodes.PARTIAL : firstCode;
        }
    }
}
