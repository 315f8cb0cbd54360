package org.isnad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.model.EntityType;
import org.isnad.names.NameKind;
import org.isnad.names.NameLexicon;
import org.isnad.names.NameMatch;
import org.isnad.names.NameMatcher;
import org.isnad.names.NameParser;
import org.isnad.names.NamePart;
import org.isnad.names.ParsedName;
import org.isnad.names.PartRole;
import org.isnad.names.PartSimilarity;
import org.isnad.names.PartWeights;
import org.isnad.screening.EntityResolver;

/**
 * How the store compares the name of an actor across documents, built on the screening package's name model
 * ({@link EntityResolver#nameKey}, the name parser and matcher). Decisions are conservative: two names become one
 * actor only when every identifying part of one matches a part of the other.
 *
 * @param type    the entity type
 * @param parsed  the parsed name (titles are kept in it but never count)
 * @param block   the transliteration-insensitive blocking key of the name without titles ({@code person:abu-mt.kln});
 *                empty when the type is not resolved across spellings or the name has no identifying part
 * @param surname for a person's name of two or more parts ending in a plain name (not a kunya, not a bin/ibn
 *                ancestor), the blocking key of that last part alone ({@code person:kln}), under which a bare
 *                «الجولاني» finds «أبو محمد الجولاني»
 * @param parts   the number of identifying parts
 * @param generic true for a person named only by common given names or kunyas (محمد, عبد الله, Abu Muhammad, أبو
 *                أحمد) or only by titles: such a name never joins an actor of another document
 */
record ActorName(EntityType type, ParsedName parsed, Optional<String> block, Optional<String> surname, int parts,
                 boolean generic) {
    /** Overall and per-part similarity two full names need to be one actor. */
    static final double SAME_NAME = 0.85;
    /** Similarity of a bare last name to the last part of a full name to be its short form. */
    static final double SAME_PART = 0.9;
    /** Letters the Latin-script part needs to be compared with an Arabic one (Arabic omits short vowels). */
    static final int MIN_CROSS_SCRIPT = 4;

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }

    /** Article forms that open a bare name usable as a short form (data file, see there). */
    private static final List<String> ARTICLES =
            org.isnad.text.LexiconFile.lines("/org/isnad/store/short-name-articles.txt");

    /** Types whose names are compared across spellings and scripts; the others merge on the folded name only. */
    private static boolean resolved(EntityType t) {
        return t == EntityType.PERSON || t == EntityType.ORG || t == EntityType.GPE || t == EntityType.LOC;
    }

    static ActorName of(EntityType type, String name) {
        NameKind kind = type == EntityType.PERSON ? NameKind.PERSON : type == EntityType.ORG ? NameKind.ORG
                : NameKind.ANY;
        ParsedName p;
        try {
            p = NameParser.DEFAULT.parse(name, kind);
        } catch (RuntimeException e) {
            return new ActorName(type, new ParsedName(name, kind, List.of(), false, List.of()), Optional.empty(),
                    Optional.empty(), 0, false);
        }
        List<NamePart> ids = identifying(p);
        boolean generic = type == EntityType.PERSON
                && ids.stream().allMatch(x -> NameLexicon.DEFAULT.genericWeight(x) < 1.0);
        if (!resolved(type) || ids.isEmpty()) {
            return new ActorName(type, p, Optional.empty(), Optional.empty(), ids.size(), generic);
        }
        boolean titled = p.parts().stream().anyMatch(x -> x.role() == PartRole.TITLE);
        String untitled = titled ? String.join(" ", ids.stream().map(NamePart::text).toList()) : name;
        Optional<String> block = Optional.of(EntityResolver.nameKey(type, untitled));
        NamePart last = ids.get(ids.size() - 1);
        Optional<String> surname = type == EntityType.PERSON && ids.size() >= 2 && last.role() == PartRole.NAME
                && NameLexicon.DEFAULT.genericWeight(last) >= 1.0
                ? Optional.of(EntityResolver.nameKey(type, last.text())) : Optional.empty();
        return new ActorName(type, p, block, surname, ids.size(), generic);
    }

    /**
     * True for a person named by one uncommon name with the article («الجولاني», "al-Sisi"): the way news refers to
     * a known person by nisba or laqab, so it may be the short form of a full name. A bare name without the article
     * («عباس») is not: too many people share it.
     */
    boolean bareName() {
        if (type != EntityType.PERSON || parts != 1 || generic) {
            return false;
        }
        NamePart p = identifying(parsed).get(0);
        return p.role() == PartRole.NAME && withArticle(parsed.raw(), p);
    }

    private static boolean withArticle(String raw, NamePart p) {
        String r = org.isnad.text.ArabicNormalizer.MATCHING.normalize(raw).strip().toLowerCase(java.util.Locale.ROOT);
        String[] words = r.split("[\\s]+");
        String last = words[words.length - 1];
        if (p.arabic()) {
            // one word with the article: a compound such as «عبد الفتاح» or «نصر الله» is a given name, not a nisba
            if (p.text().strip().contains(" ")) {
                return false;
            }
            return ARTICLES.stream().anyMatch(a -> !a.isEmpty() && Character.UnicodeScript.of(a.codePointAt(0))
                    == Character.UnicodeScript.ARABIC && last.startsWith(a) && last.length() > a.length() + 1);
        }
        for (String a : ARTICLES) {
            if (r.matches("(?:.*[\\s])?" + java.util.regex.Pattern.quote(a) + "[- ]\\S+$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two parts name the same: in one script their comparison keys must be equal (folding already unified spelling
     * variants, and similar Arabic names such as «سامي» and «سمية» or «أديب» and «دياب» are different names); across
     * scripts, where transliteration varies, their skeleton similarity must reach {@code min}.
     */
    static boolean samePart(NamePart a, NamePart b, double min) {
        if (a.arabic() == b.arabic()) {
            return a.key().equals(b.key());
        }
        // short forms (acronyms such as "ON", "AMC") have skeletons too short to tell names apart across scripts
        if (letters((a.arabic() ? b : a).key()) < MIN_CROSS_SCRIPT) {
            return false;
        }
        return PartSimilarity.compare(a, b).similarity() >= min;
    }

    /** True when this name and another of the same type name one actor: all identifying parts pair up closely. */
    boolean sameAs(ActorName o) {
        if (o.type != type || parts == 0 || o.parts == 0) {
            return false;
        }
        NameMatch m = NameMatcher.compare(parsed, o.parsed, PartWeights.PRIOR);
        if (m.score() < SAME_NAME || m.orderConflict()) {
            return false;
        }
        if (m.unmatchedQuery().stream().anyMatch(NamePart::isNameLike)
                || m.unmatchedCandidate().stream().anyMatch(NamePart::isNameLike)) {
            return false;
        }
        int paired = 0;
        for (NameMatch.Pair pair : m.pairs()) {
            if (!pair.query().isNameLike() && !pair.candidate().isNameLike()) {
                continue;
            }
            boolean single = pair.queryLength() == 1 && pair.candidateLength() == 1;
            if (single ? !samePart(pair.query(), pair.candidate(), SAME_NAME) : pair.match().similarity() < SAME_PART) {
                return false;
            }
            paired += pair.queryLength();
        }
        return paired >= parts;
    }

    /** True when this bare name is the short form of the full name {@code full}: it matches that name's last part. */
    boolean shortFormOf(ActorName full) {
        if (!bareName() || full.type != type || full.surname.isEmpty()) {
            return false;
        }
        List<NamePart> ids = identifying(full.parsed);
        return samePart(identifying(parsed).get(0), ids.get(ids.size() - 1), SAME_PART);
    }

    private static List<NamePart> identifying(ParsedName p) {
        List<NamePart> out = new ArrayList<>();
        for (NamePart x : p.parts()) {
            if (x.isNameLike()) {
                out.add(x);
            }
        }
        return out;
    }
}
