package org.isnad.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a raw name into {@link NamePart}s with roles: honorifics become low-weight TITLE parts, a kunya (أبو/Abu X) and an abd
 * compound (عبد الرحمن / Abd al-Rahman / Abdurrahman) become one part, compound tails (al-Din, Allah) join the word
 * before, the article (al-, ال, el-) is dropped from the key, names after bin/ibn/بن become ancestors, and for
 * organisations legal forms and group words get their own roles. Thread-safe; all data from {@link NameLexicon}.
 */
public final class NameParser {
    private static final Pattern LATIN_ABD =
            Pattern.compile("abd(?:oul|ush|ul|el|al|ol|ou|ur|ar|er|us|as|un|ud|ut|uz|u|i)?([a-z]{3,})");
    private static final Pattern LATIN_TAIL = Pattern.compile("([a-z]{3,}?)(?:uddin|uddine|eddine|eddin|uddeen|addin|aldin|eldin|udin|ullah|allah)");

    private final NameLexicon lex;

    public NameParser(NameLexicon lex) {
        this.lex = lex;
    }

    /** The shared parser with the default lexicon. */
    public static final NameParser DEFAULT = new NameParser(NameLexicon.DEFAULT);

    public ParsedName parse(String raw, NameKind kind) {
        String cleaned = NameCleaner.clean(surnameLast(raw, kind));
        List<String> words = cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split(" "));
        if (kind != NameKind.PERSON) {
            words = joinInitials(words);
        }
        ParsedName p = parse(raw, kind, words, true);
        boolean noName = p.parts().stream().noneMatch(NamePart::isNameLike);
        return noName && !words.isEmpty() ? parse(raw, kind, words, false) : p;
    }

    private ParsedName parse(String raw, NameKind kind, List<String> words, boolean dropTitles) {
        List<NamePart> parts = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        boolean nasab = false;
        boolean ancestor = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (kind != NameKind.PERSON && (kind == NameKind.ORG || words.size() > 1)) {
                int used = orgWord(words, i, parts, dropped, kind);
                if (used > 0) {
                    i += used - 1;
                    continue;
                }
            }
            if (dropTitles && lex.isHonorific(w) && words.size() > 1) {
                parts.add(part(w, stripArticle(w), PartRole.TITLE, parts.size()));
                continue;
            }
            String role = lex.particle(w);
            boolean hasNext = i + 1 < words.size();
            switch (role) {
                case "ARTICLE" -> {
                    if (!hasNext) {
                        parts.add(part(w, w, PartRole.NAME, parts.size()));
                    }
                    continue;
                }
                case "NASAB" -> {
                    if (!parts.isEmpty() && hasNext) {
                        nasab = true;
                        ancestor = true;
                        continue;
                    }
                    if (!w.equals("ben") || !hasNext) {
                        dropped.add(w);
                        continue;
                    }
                }
                case "KUNYA" -> {
                    if (hasNext) {
                        int j = skipArticle(words, i + 1);
                        String next = words.get(j);
                        String key = compoundKey(next);
                        if (lex.particle(next).equals("ABD") && j + 1 < words.size()) {
                            j = skipArticle(words, j + 1);
                            key = "abd" + stripArticle(words.get(j));
                        }
                        parts.add(part(String.join(" ", words.subList(i, j + 1)), key, PartRole.KUNYA, parts.size()));
                        i = j;
                        continue;
                    }
                }
                case "ABD" -> {
                    if (hasNext) {
                        int j = skipArticle(words, i + 1);
                        String next = words.get(j);
                        String tail = lex.particle(next).equals("TAIL") ? tailKey(next) : stripArticle(next);
                        String key = (Scripts.isArabic(w) ? "عبد" : "abd") + tail;
                        parts.add(part(String.join(" ", words.subList(i, j + 1)), key, nameRole(ancestor), parts.size()));
                        i = j;
                        continue;
                    }
                }
                case "TAIL" -> {
                    if (!parts.isEmpty() && parts.get(parts.size() - 1).isNameLike()) {
                        NamePart prev = parts.remove(parts.size() - 1);
                        parts.add(part(prev.text() + " " + w, prev.key() + tailKey(w), prev.role(), prev.index()));
                        continue;
                    }
                }
                default -> {
                }
            }
            parts.add(plainPart(w, ancestor, parts.size()));
        }
        return new ParsedName(raw, kind, parts, nasab, dropped);
    }

    /** "LAVROV, Sergey" → "Sergey LAVROV": a person's name with one comma is written family name first. */
    private static String surnameLast(String raw, NameKind kind) {
        int comma = raw.indexOf(',');
        if (kind != NameKind.PERSON || comma <= 0 || comma != raw.lastIndexOf(',') || comma == raw.length() - 1) {
            return raw;
        }
        return raw.substring(comma + 1) + " " + raw.substring(0, comma);
    }

    /** "A.B.C." arrives as "a b c": runs of single Latin letters become one acronym word. */
    private static List<String> joinInitials(List<String> words) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String w : words) {
            if (w.length() == 1 && !Scripts.isArabic(w) && !Character.isDigit(w.charAt(0))) {
                run.append(w);
                continue;
            }
            if (run.length() > 0) {
                out.add(run.toString());
                run.setLength(0);
            }
            out.add(w);
        }
        if (run.length() > 0) {
            out.add(run.toString());
        }
        return out;
    }

    private int orgWord(List<String> words, int i, List<NamePart> parts, List<String> dropped, NameKind kind) {
        for (int n = Math.min(lex.longestOrgForm(words.get(i)), words.size() - i); n >= 1; n--) {
            var ow = lex.orgWord(words, i, n);
            if (ow.isEmpty() || (kind == NameKind.ANY && i == 0 && ow.get().role() != PartRole.GROUP)) {
                continue;
            }
            String text = String.join(" ", words.subList(i, i + n));
            if (ow.get().stop()) {
                dropped.add(text);
            } else {
                parts.add(part(text, ow.get().canonical(), ow.get().role(), parts.size()));
            }
            return n;
        }
        return 0;
    }

    private NamePart plainPart(String w, boolean ancestor, int index) {
        if (allDigits(w)) {
            return part(w, w, PartRole.NUMBER, index);
        }
        if (w.length() == 1 && !Scripts.isArabic(w)) {
            return part(w, w, PartRole.INITIAL, index);
        }
        if (lex.particle(w).equals("PARTICLE")) {
            return part(w, w, PartRole.PARTICLE, index);
        }
        return part(w, compoundKey(w), nameRole(ancestor), index);
    }

    /** True if every char of {@code w} is a digit (as {@code w.chars().allMatch(Character::isDigit)}). */
    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The key of a single word: article dropped; Latin abd- and -uddin/-ullah compounds normalised. */
    private String compoundKey(String w) {
        String k = stripArticle(w);
        if (Scripts.isArabic(k)) {
            return k.startsWith("عبدال") && k.length() > 5 ? "عبد" + k.substring(5) : k;
        }
        if (k.startsWith("abd")) {                 // LATIN_ABD matches only words starting so
            Matcher m = LATIN_ABD.matcher(k);
            if (m.matches()) {
                k = "abd" + m.group(1);
            }
        }
        if (mayHaveLatinTail(k)) {
            Matcher t = LATIN_TAIL.matcher(k);
            if (t.matches()) {
                k = t.group(1) + (k.endsWith("llah") ? "lah" : "din");
            }
        }
        return k;
    }

    /**
     * False for words {@link #LATIN_TAIL} cannot match: each of its endings (-uddin, -eddine, -uddeen, -ullah…)
     * ends in "din", "dine", "deen" or "llah", so other words skip the regex.
     */
    static boolean mayHaveLatinTail(String k) {
        return k.length() >= 7 && (k.endsWith("din") || k.endsWith("dine") || k.endsWith("deen") || k.endsWith("llah"));
    }

    private String tailKey(String w) {
        return switch (w) {
            case "allah", "ullah" -> "lah";
            case "ulla" -> "la";
            case "الله" -> "له";
            case "دين" -> "دين";
            default -> Scripts.isArabic(w) ? stripArticle(w) : "din";
        };
    }

    private int skipArticle(List<String> words, int j) {
        return lex.particle(words.get(j)).equals("ARTICLE") && j + 1 < words.size() ? j + 1 : j;
    }

    /**
     * Drops an attached Arabic article (ال + at least 2 letters: الحق, الله), with a conjunction or preposition
     * before it (والجهاد, للصرافة). Latin "al-" is split off by the cleaner.
     */
    public static String stripArticle(String w) {
        if (w.length() > 5 && (w.startsWith("وال") || w.startsWith("بال") || w.startsWith("فال") || w.startsWith("كال"))) {
            return w.substring(3);
        }
        if (w.length() > 4 && w.startsWith("لل")) {
            return w.substring(2);
        }
        return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    }

    private static PartRole nameRole(boolean ancestor) {
        return ancestor ? PartRole.ANCESTOR : PartRole.NAME;
    }

    private static NamePart part(String text, String key, PartRole role, int index) {
        return new NamePart(text, key, Skeleton.of(key), role, Scripts.isArabic(key), index);
    }
}
