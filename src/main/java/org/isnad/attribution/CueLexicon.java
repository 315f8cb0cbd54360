package org.isnad.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.Certainty;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;

/**
 * The reporting expressions of Arabic news, read from {@code cues.txt} (verbs and masdars, generated from lemma and
 * pattern), {@code phrase-cues.txt} (prepositions, negated verbs, pronoun phrases) and {@code connectives.txt}
 * (connectives that put the content first); {@code verbal-noun-contexts.txt} lists the words after which a verb form
 * is read as a verbal noun. Every form is folded with {@link ArabicNormalizer#MATCHING}.
 * Immutable and thread-safe.
 */
public final class CueLexicon {
    private static final String RES = "/org/isnad/attribution/";
    private static final String[] OBJECT_SUFFIXES = {"ه", "ها", "هم", "هما"};
    private static final CueLexicon DEFAULT = new CueLexicon();

    private final Map<String, CueEntry> words = new HashMap<>();
    private final Map<String, Agreement> agreements = new HashMap<>();
    private final List<Phrase> phrases = new ArrayList<>();
    private final List<String[]> connectives = new ArrayList<>();
    private final Set<String> nounContexts = new HashSet<>();
    private final Set<String> namingForms = new HashSet<>();

    /** A multi-word cue: its folded words and entry; {@code lamEnd} when its last word is a lam joined to the next. */
    public record Phrase(String[] words, CueEntry entry, boolean lamEnd) {
    }

    private CueLexicon() {
        for (String[] row : LexiconFile.rows(RES + "cues.txt")) {
            if (row.length < 4) {
                throw new IllegalStateException("cues.txt: expected 4 columns in " + String.join(" | ", row));
            }
            Certainty certainty = Certainty.valueOf(row[1]);
            Set<String> frames = new HashSet<>();
            for (String f : row[2].split("\\+")) {
                frames.add(fold(f));
            }
            for (String pattern : row[3].split("\\s+")) {
                addPattern(row[0], certainty, frames, pattern);
            }
        }
        for (String[] row : LexiconFile.rows(RES + "phrase-cues.txt")) {
            String[] ws = fold(row[0]).split("\\s+");
            CueKind kind = CueKind.valueOf(row[2]);
            boolean lam = ws.length > 1 && ws[ws.length - 1].equals("ل");
            String[] body = lam ? Arrays.copyOf(ws, ws.length - 1) : ws;
            Set<String> frames = kind == CueKind.VERB ? Set.of("obj") : Set.of();
            phrases.add(new Phrase(body, new CueEntry(row[0], Certainty.valueOf(row[1]), kind, frames), lam));
        }
        phrases.sort((a, b) -> b.words().length - a.words().length);
        for (String line : LexiconFile.lines(RES + "connectives.txt")) {
            connectives.add(fold(line).split("\\s+"));
        }
        connectives.sort((a, b) -> b.length - a.length);
        LexiconFile.lines(RES + "verbal-noun-contexts.txt").forEach(w -> nounContexts.add(fold(w)));
        for (String w : LexiconFile.lines(RES + "naming-forms.txt")) {
            namingForms.add(w);
            for (String c : List.of("و", "ف")) {
                namingForms.add(c + w);
            }
        }
    }

    public static CueLexicon get() {
        return DEFAULT;
    }

    static String fold(String s) {
        return ArabicNormalizer.MATCHING.normalize(s).strip();
    }

    private void addPattern(String lemma, Certainty c, Set<String> frames, String pattern) {
        int colon = pattern.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException("cues.txt: pattern without kind: " + pattern);
        }
        String stem = fold(pattern.substring(colon + 1));
        String kind = pattern.substring(0, colon);
        switch (kind) {
            case "p" -> {
                put(stem, lemma, c, CueKind.VERB, frames, Agreement.MASCULINE);
                put(stem + "ت", lemma, c, CueKind.VERB, frames, Agreement.FEMININE);
                put(stem + "وا", lemma, c, CueKind.VERB, frames, Agreement.PLURAL);
                put(stem + "ا", lemma, c, CueKind.VERB, frames, Agreement.UNKNOWN);
                for (String suffix : OBJECT_SUFFIXES) {
                    put(stem + suffix, lemma, c, CueKind.VERB, frames, Agreement.MASCULINE);
                    put(stem + "ت" + suffix, lemma, c, CueKind.VERB, frames, Agreement.FEMININE);
                }
            }
            case "i" -> {
                // third person only: تـ…ون is the second person plural («هل تعتقدون»), an address, not a report
                put("ي" + stem, lemma, c, CueKind.VERB, frames, Agreement.MASCULINE);
                put("ت" + stem, lemma, c, CueKind.VERB, frames, Agreement.FEMININE);
                put("ي" + stem + "ون", lemma, c, CueKind.VERB, frames, Agreement.PLURAL);
                put("ي" + stem + "ان", lemma, c, CueKind.VERB, frames, Agreement.UNKNOWN);
                put("ت" + stem + "ان", lemma, c, CueKind.VERB, frames, Agreement.UNKNOWN);
            }
            case "a" -> {
                put(stem + "ا", lemma, c, CueKind.PARTICIPLE, frames, Agreement.MASCULINE);
                put(stem + "ه", lemma, c, CueKind.PARTICIPLE, frames, Agreement.FEMININE);
                put(stem + "ون", lemma, c, CueKind.PARTICIPLE, frames, Agreement.PLURAL);
                for (String suf : List.of("ين", "تين")) {
                    put(stem + suf, lemma, c, CueKind.PARTICIPLE, frames, Agreement.UNKNOWN);
                }
            }
            case "n" -> {
                put(stem, lemma, c, CueKind.NOUN, frames);
                for (String suffix : OBJECT_SUFFIXES) {
                    String base = stem.endsWith("ه") ? stem.substring(0, stem.length() - 1) + "ت" : stem;
                    put(base + suffix, lemma, c, CueKind.NOUN, frames);
                }
            }
            case "w" -> put(stem, lemma, c, stem.startsWith("ب") ? CueKind.NOUN : guessKind(stem), frames,
                    literalAgreement(stem, fold(lemma)));
            default -> throw new IllegalStateException("cues.txt: unknown pattern kind " + kind);
        }
    }

    /**
     * The agreement of a literal form of a defective or doubled verb, read from its shape: «رأوا»، «يرون» plural,
     * «رأت»، «نفته» feminine, «ترى»، «تنفي» feminine unless the form is its lemma itself (a perfect of form V),
     * «يروي» and the bare perfect («نفى»، «ظن») masculine.
     */
    private static Agreement literalAgreement(String form, String lemma) {
        if (form.length() >= 4 && (form.endsWith("وا") || form.endsWith("ون")) || form.endsWith("لن")) {
            return Agreement.PLURAL;
        }
        if (form.endsWith("ت") || form.endsWith("ته") || form.startsWith("ت") && !form.equals(lemma)) {
            return Agreement.FEMININE;
        }
        return Agreement.MASCULINE;
    }

    private static CueKind guessKind(String form) {
        return form.startsWith("م") && (form.endsWith("ا") || form.endsWith("ه")) ? CueKind.PARTICIPLE : CueKind.VERB;
    }

    private void put(String form, String lemma, Certainty c, CueKind kind, Set<String> frames) {
        put(form, lemma, c, kind, frames, Agreement.UNKNOWN);
    }

    private void put(String form, String lemma, Certainty c, CueKind kind, Set<String> frames, Agreement agreement) {
        // the first entry wins: lemmas listed earlier (more frequent) keep a form two lemmas share
        if (words.putIfAbsent(form, new CueEntry(lemma, c, kind, frames)) == null) {
            agreements.put(form, agreement);
        }
    }

    /**
     * The agreement of a single folded cue form as the lexicon generated it («قالت» feminine; «لفت» masculine
     * although it ends in ت), {@link Agreement#UNKNOWN} for forms it did not generate with one.
     */
    Agreement agreement(String folded) {
        return agreements.getOrDefault(folded, Agreement.UNKNOWN);
    }

    /** The entry of a single folded word, if it is a cue form. */
    public java.util.Optional<CueEntry> word(String folded) {
        return java.util.Optional.ofNullable(words.get(folded));
    }

    /**
     * True when a verb-looking cue form after this (folded) word is a verbal noun, not a verb: after a preposition
     * («في وصف المدينة») or in «الجدير ذكره» ({@code verbal-noun-contexts.txt}).
     */
    public boolean makesVerbalNoun(String folded) {
        return nounContexts.contains(folded);
    }

    /** True for a surface form (not folded) of a naming passive («يدعى»، «تدعى»), see {@code naming-forms.txt}. */
    public boolean isNamingForm(String surface) {
        return namingForms.contains(surface);
    }

    /** Multi-word cue phrases, longest first. */
    public List<Phrase> phrases() {
        return phrases;
    }

    /** Connectives that put the content first («بحسب ما»، «كما»), folded, longest first. */
    public List<String[]> connectives() {
        return connectives;
    }

    /** How many single-word forms were generated (for tests and docs). */
    public int size() {
        return words.size();
    }
}
