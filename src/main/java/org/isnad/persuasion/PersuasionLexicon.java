package org.isnad.persuasion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.text.LexiconFile;
import org.isnad.text.Token;

/**
 * The technique lexicons: every pattern of the files listed in {@code lexicon/index.txt}, indexed by the key of
 * its first word so that a token finds its candidate patterns in one look-up. Immutable and thread-safe.
 */
public final class PersuasionLexicon {
    static final String DIR = "/org/isnad/persuasion/lexicon/";

    private final Map<String, List<LexiconPattern>> byKey = new HashMap<>();
    private final Map<String, List<LexiconPattern>> byExact = new HashMap<>();
    private final List<LexiconPattern> prefixed = new ArrayList<>();
    private final List<LexiconPattern> all = new ArrayList<>();

    /** Loads the shipped lexicons. */
    public PersuasionLexicon() {
        this(DIR + "index.txt");
    }

    /** Loads the lexicons named by an index resource: rows {@code file | technique | default confidence}. */
    public PersuasionLexicon(String indexResource) {
        for (String[] row : LexiconFile.rows(indexResource)) {
            if (row.length < 2) {
                throw new IllegalStateException(indexResource + ": row needs file and technique: " + row[0]);
            }
            double conf = row.length > 2 ? Double.parseDouble(row[2]) : 0.5;
            String dir = indexResource.substring(0, indexResource.lastIndexOf('/') + 1);
            for (String[] entry : LexiconFile.rows(dir + row[0])) {
                LexiconPattern.parseAll(row[1], entry, conf).forEach(this::add);
            }
        }
    }

    private void add(LexiconPattern p) {
        all.add(p);
        PatternElement first = p.elements().get(0);
        switch (first.mode()) {
            case KEY -> first.keys().forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
            case EXACT -> first.keys().forEach(k -> byExact.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
            default -> prefixed.add(p);
        }
    }

    /** Every pattern, in file order. */
    public List<LexiconPattern> patterns() {
        return List.copyOf(all);
    }

    /** The patterns whose first word may be this token (a superset: the caller still matches each). */
    public List<LexiconPattern> candidates(Token t) {
        List<LexiconPattern> out = new ArrayList<>(prefixed);
        for (String k : LemmaKey.keys(t)) {
            out.addAll(byKey.getOrDefault(k, List.of()));
        }
        for (String f : LemmaKey.exactForms(t)) {
            out.addAll(byExact.getOrDefault(f, List.of()));
        }
        return out;
    }
}
