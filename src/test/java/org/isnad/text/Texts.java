package org.isnad.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Test inputs: the bundled examples and random text mixing every kind of Unicode the pipeline may meet. */
public final class Texts {
    private static final List<String> WORDS = List.of("وأوضح", "للأمم", "بالمركز", "وزير", "الإرهابية", "«الإنسانية»",
            "مصادر", "استخبارية", "د.", "3.5", "٣٫٥", "1,000", "؟", "،", "؛", ".", "!", "\"", "“", "”", "«", "»",
            "ﻻ", "ﷲ", "إِنَّ", "کتاب", "ی", "مـــــدينة", "ZWNJ\u200Cword", "\u202Bمقلوب\u202C", "𝐀𝐁", "😀", "e\u0301",
            "Al-Qaeda", "U.N.", "  ", "\n", "\r\n", "\t", "\u2029", "\u00A0");

    private Texts() {
    }

    /** The bundled example reports (.txt). */
    public static List<Path> exampleTexts() {
        try (Stream<Path> s = Files.list(examples())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path examples() {
        return Path.of("examples");
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Random strings of up to {@code max} pieces: Arabic letters, diacritics, tatweel, Arabic-Indic and Persian
     * digits and letters, presentation forms, Latin, punctuation and quotes, white space and line breaks, C0/C1
     * controls, bidi and zero-width controls, lone high and low surrogates, valid surrogate pairs, any BMP
     * character, and whole tricky words.
     */
    public static Arbitrary<String> nastyText(int max) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.chars().range('\u0621', '\u064A').map(String::valueOf)),
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\u064B', '\u0652').map(String::valueOf)),
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\u0600', '\u06FF').map(String::valueOf)),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\uFB50', '\uFDFF').map(String::valueOf)),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\uFE70', '\uFEFF').map(String::valueOf)),
                net.jqwik.api.Tuple.of(4, Arbitraries.chars().range('a', 'z').map(String::valueOf)),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('A', 'Z').map(String::valueOf)),
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().range(' ', '@').map(String::valueOf)),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0000', '\u001F').map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u007F', '\u009F').map(String::valueOf)),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u2000', '\u206F').map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)
                        .map(cp -> new String(Character.toChars(cp)))),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().all().map(String::valueOf)),
                net.jqwik.api.Tuple.of(6, Arbitraries.of(WORDS)),
                net.jqwik.api.Tuple.of(6, Arbitraries.of(" ", " ", "\n")));
        return piece.list().ofMaxSize(max).map(l -> String.join("", l));
    }
}
