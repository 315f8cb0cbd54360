package org.isnad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads annotated NER corpora: one {@code token TAG [TAG …]} a line, blank lines between sentences. For Wojood's
 * nested layers the first tag column (the outermost entity) is read, and its {@code $#$} sentence marker is dropped.
 * A file without any blank line (the raw ANERCorp.txt) is cut into sentences after {@code . ! ? ؟}. A directory is
 * read as all its {@code .txt} and {@code .conll} files in name order.
 */
public final class CorpusReader {
    /** Longest line accepted, in characters: longer lines are malformed input. */
    static final int MAX_LINE = 10_000;
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", "؟");
    private static final String WOJOOD_MARK = "$#$";

    private final CorpusFormat format;
    private final boolean aqmarMiscAsMisc;

    public CorpusReader(CorpusFormat format, boolean aqmarMiscAsMisc) {
        this.format = format;
        this.aqmarMiscAsMisc = aqmarMiscAsMisc;
    }

    public CorpusReader(CorpusFormat format) {
        this(format, false);
    }

    /**
     * Guesses a file's (or a directory's first file's) format from its tags: Wojood has extra tag columns or its own
     * types (GPE, OCC, NORP, DATE …), AQMAR writes PER and MIS, anything else is read as ANERcorp.
     */
    public static CorpusFormat detect(Path path) throws IOException {
        Path f = path;
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                f = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".conll")).sorted()
                        .findFirst().orElseThrow(() -> new IOException(path + ": no .txt or .conll files"));
            }
        }
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && n++ < 20_000) {
                String[] cols = line.strip().split("\\s+");
                if (cols.length >= 3) {
                    return CorpusFormat.WOJOOD;
                }
                if (cols.length == 2 && cols[1].length() > 2) {
                    String t = cols[1].substring(2);
                    if (Set.of("GPE", "OCC", "NORP", "DATE", "EVENT", "CARDINAL", "ORDINAL").contains(t)) {
                        return CorpusFormat.WOJOOD;
                    }
                    if (t.equals("PER") || t.startsWith("MIS") && !t.equals("MISC")) {
                        return CorpusFormat.AQMAR;
                    }
                }
            }
        }
        return CorpusFormat.ANERCORP;
    }

    /** Reads a file or a directory of files. */
    public Corpus read(Path path) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".conll")).sorted()
                        .forEach(files::add);
            }
        } else {
            files.add(path);
        }
        TagMapping mapping = new TagMapping(format, aqmarMiscAsMisc);
        List<LabeledSentence> out = new ArrayList<>();
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                read(r, mapping, out, f.getFileName().toString());
            }
        }
        return new Corpus(out, mapping.noisy());
    }

    /** Reads sentences from a reader (used by tests and by {@link #read(Path)}). */
    public Corpus read(BufferedReader r) throws IOException {
        TagMapping mapping = new TagMapping(format, aqmarMiscAsMisc);
        List<LabeledSentence> out = new ArrayList<>();
        read(r, mapping, out, "input");
        return new Corpus(out, mapping.noisy());
    }

    private void read(BufferedReader r, TagMapping mapping, List<LabeledSentence> out, String name)
            throws IOException {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean sawBlank = false;
        List<LabeledSentence> mine = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.length() > MAX_LINE) {
                throw new IOException(name + ":" + lineNo + ": line longer than " + MAX_LINE + " characters");
            }
            String[] cols = line.strip().split("\\s+");
            if (line.isBlank()) {
                sawBlank = true;
                flush(words, tags, mine);
                continue;
            }
            if (cols.length < 2) {
                throw new IOException(name + ":" + lineNo + ": expected 'token TAG', got '" + abbreviate(line) + "'");
            }
            if (format == CorpusFormat.WOJOOD && cols[0].equals(WOJOOD_MARK)) {
                continue;
            }
            words.add(cols[0]);
            tags.add(mapping.map(cols[1]));
        }
        flush(words, tags, mine);
        if (!sawBlank && !mine.isEmpty()) {
            mine = splitAtSentenceEnds(mine.get(0));
        }
        out.addAll(mine);
    }

    private static List<LabeledSentence> splitAtSentenceEnds(LabeledSentence all) {
        List<LabeledSentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String w = all.words().get(i);
            words.add(w);
            tags.add(all.tags().get(i));
            if (SENTENCE_END.contains(w.replace("\u200F", ""))) {
                flush(words, tags, out);
            }
        }
        flush(words, tags, out);
        return out;
    }

    private static void flush(List<String> words, List<String> tags, List<LabeledSentence> out) {
        if (!words.isEmpty()) {
            out.add(new LabeledSentence(words, tags));
            words.clear();
            tags.clear();
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
