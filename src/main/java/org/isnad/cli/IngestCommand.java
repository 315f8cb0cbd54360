package org.isnad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.corpus.Corpus;
import org.isnad.corpus.Ingest;
import org.isnad.corpus.IngestSources;
import org.isnad.corpus.IngestSummary;
import org.isnad.corpus.Pipelines;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import org.isnad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad ingest PATH… | -}: analyses reports and stores them; safe to re-run after an interruption. */
@Command(name = "ingest", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = {"Analyse reports and store them in the corpus (one transaction per group of up to 64 documents).",
                "Inputs: files (.txt, .html, .jsonl, .jsonl.gz), folders, or - for stdin.",
                "Texts already stored are skipped, so an interrupted ingest is resumed by running it again."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders; - for standard input")
    List<String> paths;

    @Mixin
    StoreOptions store;

    @Option(names = "--threads", description = "analysis threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--stages", split = ",", description = "pipeline stages (default: all)")
    List<String> stages;

    @Option(names = "--corroborate", description = "grade claims with corroboration from the store (slower)")
    boolean corroborate;

    @Option(names = "--progress", description = "auto, bar, lines or none (default: ${DEFAULT-VALUE})")
    String progress = "auto";

    @Option(names = "--progress-interval", description = "milliseconds between progress reports (default: ${DEFAULT-VALUE})")
    long interval = 1000;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        org.isnad.store.StoreConfig cfg;
        try {
            cfg = store.config();
        } catch (IllegalArgumentException e) {
            err.println("isnad ingest: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Corpus corpus = Corpus.open(cfg)) {
            Pipeline pipeline;
            try {
                List<String> names = stages == null ? List.of() : stages;
                pipeline = corroborate
                        ? Pipelines.withCorroboration(names, PipelineConfig.defaults(), corpus.gradingLookup())
                        : names.isEmpty() ? Pipeline.standard() : StageCatalog.build(names, PipelineConfig.defaults());
            } catch (IllegalArgumentException e) {
                err.println("isnad ingest: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            ProgressBar bar = new ProgressBar(err, mode(), interval);
            IngestSummary s = new Ingest(corpus, pipeline, threads)
                    .run(IngestSources.read(paths, System.in), bar::update);
            bar.finish();
            err.println(s.line());
            s.failures().forEach(f -> err.println("  failed: " + f));
            if (s.failed() > s.failures().size()) {
                err.println("  … and " + (s.failed() - s.failures().size()) + " more failures");
            }
            return s.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        } catch (StoreException e) {
            err.println("isnad ingest: " + e.getMessage());
            return ExitCodes.IO;
        }
    }

    private ProgressBar.Mode mode() {
        return switch (progress) {
            case "bar" -> ProgressBar.Mode.BAR;
            case "lines" -> ProgressBar.Mode.LINES;
            case "none" -> ProgressBar.Mode.NONE;
            default -> System.console() != null ? ProgressBar.Mode.BAR : ProgressBar.Mode.LINES;
        };
    }
}
