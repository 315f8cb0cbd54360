package org.isnad.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.isnad.text.LexiconFile;

/**
 * Builds the tagger's {@link Gazetteer} at training time: ANERGazet's person, location and organisation lists (read
 * from {@code ../shared/data/gazetteers/anergazet}, never copied into the project: the trained model embeds the
 * matching keys it learnt from), the JDK's Arabic country names, and the project's own lists in
 * {@code src/main/resources/org/isnad/ner/}.
 */
public final class GazetteerSources {
    static final String RES = "/org/isnad/ner/";

    private GazetteerSources() {
    }

    /** The project's own lists and the country names; no external files. */
    public static Gazetteer.Builder builtIn() {
        Gazetteer.Builder b = new Gazetteer.Builder();
        for (String c : Countries.arabicNames()) {
            b.add(c, Gazetteer.Kind.COUNTRY);
        }
        for (String t : LexiconFile.lines(RES + "titles.txt")) {
            b.add(t, Gazetteer.Kind.TITLE);
        }
        for (String h : LexiconFile.lines(RES + "org-heads.txt")) {
            b.add(h, Gazetteer.Kind.ORG_HEAD);
            b.add("ال" + h, Gazetteer.Kind.ORG_HEAD);
        }
        for (String p : LexiconFile.lines(RES + "name-parts.txt")) {
            b.add(p, Gazetteer.Kind.NAME_PART);
        }
        for (String[] row : LexiconFile.rows(RES + "latin-names.txt")) {
            b.add(row[0].toLowerCase(Locale.ROOT), Gazetteer.Kind.LATIN_NAME);
        }
        return b;
    }

    /** The built-in lists plus ANERGazet from a directory holding its three Aligned*Gazetteer.txt files. */
    public static Gazetteer.Builder withAnerGazet(Path dir) throws IOException {
        Gazetteer.Builder b = builtIn();
        addFile(b, dir.resolve("AlignedPersGazetteer.txt"), Gazetteer.Kind.PERSON);
        addFile(b, dir.resolve("AlignedLocGazetteer.txt"), Gazetteer.Kind.LOC);
        addFile(b, dir.resolve("AlignedOrgGazetteer.txt"), Gazetteer.Kind.ORG);
        return b;
    }

    /** Adds the names of a file written by {@link NameMiner#write} as {@link Gazetteer.Kind#MINED_PERSON}. */
    public static Gazetteer.Builder addMined(Gazetteer.Builder b, Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String name = line.split("\t", 2)[0].strip();
            if (name.length() <= 100) {
                b.add(name, Gazetteer.Kind.MINED_PERSON);
            }
        }
        return b;
    }

    private static void addFile(Gazetteer.Builder b, Path f, Gazetteer.Kind kind) throws IOException {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("==") || s.length() > 100) {
                continue;
            }
            b.add(s, kind);
        }
    }
}
