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
        return candidates(LemmaKey.keys(t), LemmaKey.exactForms(t));
    }

    /** The candidate patterns for a token with the given keys and exact forms; no duplicates. */
    List<LexiconPattern> candidates(String[] tokenKeys, String[] exactForms) {
        List<LexiconPattern> out = prefixed.isEmpty() ? null : new ArrayList<>(prefixed);
        for (String k : tokenKeys) {
            out = addAll(out, byKey.get(k));
        }
        for (String f : exactForms) {
            out = addAll(out, byExact.get(f));
        }
        return out == null ? List.of() : out;
    }

    private static List<LexiconPattern> addAll(List<LexiconPattern> out, List<LexiconPattern> more) {
        if (more == null) {
            return out;
        }
        List<LexiconPattern> o = out == null ? new ArrayList<>(more.size()) : out;
        for (LexiconPattern p : more) {
            boolean seen = false;
            for (LexiconPattern q : o) {
                seen |= q == p; // identity: each parsed pattern is one object
            }
            if (!seen) {
                o.add(p);
            }
        }
        return o;
    }
}
