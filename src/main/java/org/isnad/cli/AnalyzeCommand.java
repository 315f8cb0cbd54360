package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.doc.Document;
import org.isnad.json.AnalysisJson;
import org.isnad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad analyze FILE… | -}: runs the pipeline on reports and prints a report or the analysis JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Analyse Arabic news reports: entities, attributions, claims, relations, screening, persuasion.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "text, HTML or JSON Lines files; - for stdin")
    List<String> files;

    @Option(names = "--format", defaultValue = "text", description = "text, json or jsonl (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--watchlist", paramLabel = "FILE",
            description = "a list file (UN, OFAC or FtM) to screen entities against, besides imported lists; repeatable")
    List<Path> watchlists = new java.util.ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline;
        try {
            pipeline = org.isnad.pipeline.StageCatalog.build(org.isnad.pipeline.StageCatalog.DEFAULT_STAGES,
                    new org.isnad.pipeline.PipelineConfig(java.util.Optional.empty(), watchlists, java.util.Map.of()));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("isnad: " + IsnadCli.oneLine(e.getCause() != null ? e.getCause() : e));
            return e instanceof IllegalArgumentException ? ExitCodes.BAD_INPUT : ExitCodes.IO;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String f : files) {
            String text = Files.readString(Path.of(f), StandardCharsets.UTF_8);
            Document doc = pipeline.process(Document.of(Path.of(f).getFileName().toString(), text));
            out.println(AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(AnalysisJson.toJson(doc)));
        }
        return ExitCodes.OK;
    }
}
