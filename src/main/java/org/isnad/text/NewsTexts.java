package org.isnad.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Reads the article texts of unlabeled news corpora: gzip'd JSON Lines files with a {@code text} field (the
 * {@code ../shared/data/news} layout), each text cut at {@value #MAX_TEXT} characters. Used by the cluster,
 * profile and name-mining trainers and by {@link WholeWordMiner}.
 */
public final class NewsTexts {
    /** Longest article text read, in characters; longer ones are cut. */
    public static final int MAX_TEXT = 200_000;

    private NewsTexts() {
    }

    /**
     * Gives each text, in file order, to {@code sink} until it returns false.
     *
     * @param afterFile told each file once it is read
     */
    public static void read(List<Path> files, Predicate<String> sink, java.util.function.Consumer<Path> afterFile)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (Path f : files) {
            try (InputStream raw = Files.newInputStream(f);
                 BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                         StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String text = mapper.readTree(line).path("text").asText("");
                    if (!sink.test(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text)) {
                        return;
                    }
                }
            }
            afterFile.accept(f);
        }
    }
}
