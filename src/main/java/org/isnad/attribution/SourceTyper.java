package org.isnad.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.attribution.SourceLexicon.HeadClass;
import org.isnad.doc.Span;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.SourceType;

/**
 * Gives a source phrase its type and entity: the ENTITIES layer when present (PERSON → NAMED_PERSON; ORG/GPE →
 * NAMED_ORGANIZATION unless the head is a media, document or social-media noun), else the head-noun lexicon, titles and
 * given names. Thread-safe.
 */
final class SourceTyper {
    private static final java.util.Set<String> TIME_NOUNS = java.util.Set.of("يوم", "شهر", "عام", "سنه", "اسبوع",
            "ساعه", "دقيقه", "مره", "فتره", "مساء", "صباح", "ليل", "نهار", "امس", "غدا");
    /** «ذات المصدر»، «نفس المسؤول»: "the same …" before the noun that carries the type. */
    private static final java.util.Set<String> SAME = java.util.Set.of("ذات", "نفس");
    /** «المسؤول ذاته»، «المصدر نفسه»: "… himself / the same" after the noun; never a name. */
    static final java.util.Set<String> SELF = java.util.Set.of("ذاته", "ذاتها", "ذاتهم", "نفسه", "نفسها", "انفسهم");
    /** Quantifiers and elatives before the noun that carries the type («بعض المسؤولين»، «أحدث البيانات»). */
    private static final List<String> QUANTIFIERS = List.of("بعض", "عدد", "احد", "كل", "معظم", "اغلب", "مجموعه",
            "عديد", "عشرات", "احدث", "اخر", "ابرز", "اهم", "اكثر", "اكبر", "اقدم");
    /** «هؤلاء المحللون»، «هذا المسؤول»: a demonstrative before the noun that carries the type. */
    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("هذا", "هذه", "هذان", "هاتان",
            "هذين", "هاتين", "هؤلاء", "ذلك", "تلك", "اولئك");

    private static final java.util.regex.Pattern AGENT = java.util.regex.Pattern.compile("المت[^ا]{3}|المت[^ا]ا[^ا]{2}");
    private final SourceLexicon lex;
    private final SourceChunker chunker;

    /** A type and, when the phrase names one, the entity id. */
    record Typed(SourceType type, Optional<String> entity) {
    }

    SourceTyper(SourceLexicon lex, SourceChunker chunker) {
        this.lex = lex;
        this.chunker = chunker;
    }

    Typed type(TokenText tt, SourcePhrase p, List<Entity> entities) {
        if (startsWithDemonstrative(tt, p)) {
            return type(tt, afterDemonstrative(tt, p), entities);
        }
        HeadClass head = headClass(tt, p);
        boolean platform = false;
        for (int i = p.from() + 1; i < p.to(); i++) {
            if (tt.isWord(i) && lex.headAt(tt, i).filter(h -> h == HeadClass.PLATFORM).isPresent()) {
                platform = true;
            }
            if (tt.norm(i).equals("التواصل") || tt.tok(i).base().equals("التواصل")) {
                platform = true;
            }
        }
        int cut = p.to();
        for (int i = p.from() + 1; i < p.to(); i++) {
            if (tt.isPreposition(i)) {
                cut = i; // a name after «عن»، «من»، «في» belongs to the affiliation («السيناتور عن ولاية كنتاكي»)
                break;
            }
        }
        for (int i = cut + 1; i < p.to(); i++) {
            if (lex.titleAt(tt, i) && tt.hasArticle(i) && tt.isArabic(i - 1) && !tt.isPreposition(i - 1)) {
                cut = p.to(); // a title after the affiliation names again: «السفير … في واشنطن الأمير خالد بن سلمان»
                break;
            }
        }
        org.isnad.doc.Span named = new org.isnad.doc.Span(p.span().start(), Math.max(p.span().start(), tt.tok(cut - 1).end()));
        Optional<Entity> person = overlapping(named, entities, EntityType.PERSON);
        Optional<Entity> body = overlapping(new org.isnad.doc.Span(p.span().start(), tt.tok(p.from()).end()), entities,
                EntityType.ORG, EntityType.GPE);
        boolean roleHead = head == HeadClass.OFFICIAL || head == null && hasTitle(tt, p);
        if (person.isPresent() && head != HeadClass.MEDIA && head != HeadClass.DOCUMENT && head != HeadClass.SOCIAL
                && head != HeadClass.ANONYMOUS && head != HeadClass.ORGANIZATION) {
            return new Typed(SourceType.NAMED_PERSON, Optional.of(person.get().id()));
        }
        // an organisation or place named by the head word itself («بريطانيا قالت»، «حماس»); a person's given name
        // wins over a tagger's ORG, and an ORG inside a role's affiliation («عضوة الكونغرس») does not type it
        if (body.isPresent() && !roleHead && !lex.nameAt(tt, p.from())
                && (head == null || head == HeadClass.ORGANIZATION || head == HeadClass.PLATFORM)) {
            return new Typed(SourceType.NAMED_ORGANIZATION, Optional.of(body.get().id()));
        }
        Optional<Entity> entity = person.or(() -> body).or(() -> overlapping(p.span(), entities,
                EntityType.ORG, EntityType.GPE));
        Optional<String> id = entity.map(Entity::id);
        if (head == null) {
            if (hasTitle(tt, p)) {
                return new Typed(hasName(tt, p) ? SourceType.NAMED_PERSON : SourceType.UNNAMED_OFFICIAL, id);
            }
            if (tt.isArabic(p.from()) && tt.norm(p.from()).equals("من")) {
                return new Typed(SourceType.ANONYMOUS, id);
            }
            if (person.isEmpty() && (rolePlural(tt, p.from()) || agentParticiple(tt, p.from()))) {
                return new Typed(SourceType.UNNAMED_OFFICIAL, id); // «المحققون الفرنسيون»، «المراقبين»
            }
            boolean surname = p.to() - p.from() == 1 && tt.isArabic(p.from()) && tt.norm(p.from()).endsWith("ي");
            return new Typed(tt.hasArticle(p.from()) && !hasName(tt, p) && !surname && !namedBefore(tt, p) && !bareName(tt, p)
                    ? SourceType.NAMED_ORGANIZATION : SourceType.NAMED_PERSON, id);
        }
        SourceType t = switch (head) {
            case DOCUMENT -> platform ? SourceType.SOCIAL_MEDIA : SourceType.DOCUMENT;
            case MEDIA -> platform ? SourceType.SOCIAL_MEDIA : SourceType.MEDIA;
            case SOCIAL -> SourceType.SOCIAL_MEDIA;
            case ANONYMOUS -> platform ? SourceType.SOCIAL_MEDIA : SourceType.ANONYMOUS;
            case OFFICIAL -> hasName(tt, p) ? SourceType.NAMED_PERSON : SourceType.UNNAMED_OFFICIAL;
            case ORGANIZATION, PLATFORM -> SourceType.NAMED_ORGANIZATION;
        };
        return new Typed(t, id);
    }

    /**
     * A definite sound masculine plural that is not a nisba («المحققون»، «المحللين»، «المتظاهرون»): people named by
     * what they do. Nisba plurals («الحوثيون»، «الفلسطينيين») name groups and peoples and are left to the other rules.
     * Also the dual of a participle («المشتبهان»، «المتهمان»، «المراهقان»): two people named by their role.
     */
    private static boolean rolePlural(TokenText tt, int i) {
        if (!tt.isArabic(i) || !tt.hasArticle(i)) {
            return false;
        }
        String n = tt.tok(i).base();
        boolean participleDual = n.length() >= 8 && n.startsWith("الم") && n.endsWith("ان") && !n.endsWith("يان");
        return participleDual || n.length() >= 7 && (n.endsWith("ون") || n.endsWith("ين")) && !n.endsWith("يون")
                && !n.endsWith("يين");
    }

    /**
     * A definite participle of the تَفَعَّلَ / تَفاعَلَ forms («المتدخل»، «المتظاهر»، «المتحدث»): a person by what they
     * do. Organisations are named by other nouns («المجلس»، «المركز»), which the head lexicon lists.
     */
    private static boolean agentParticiple(TokenText tt, int i) {
        return tt.isArabic(i) && tt.hasArticle(i) && AGENT.matcher(tt.tok(i).base()).matches();
    }

    /** True for a demonstrative pronoun (folded), which points at a noun and is never a name itself. */
    static boolean isDemonstrative(String folded) {
        return DEMONSTRATIVES.contains(folded);
    }

    /** True when the phrase is a demonstrative and the noun it points at («هؤلاء المحللون»). */
    static boolean startsWithDemonstrative(TokenText tt, SourcePhrase p) {
        return p.to() - p.from() > 1 && tt.isArabic(p.from()) && isDemonstrative(tt.norm(p.from()));
    }

    /** The phrase without its leading demonstrative ({@link #startsWithDemonstrative} must hold). */
    static SourcePhrase afterDemonstrative(TokenText tt, SourcePhrase p) {
        return new SourcePhrase(p.from() + 1, p.to(), new Span(tt.tok(p.from() + 1).start(), p.span().end()));
    }

    /** The class of the phrase's head: a multi-word head at its start, else its first word after quantifiers. */
    HeadClass headClass(TokenText tt, SourcePhrase p) {
        int i = p.from();
        for (SourceLexicon.MultiWord<HeadClass> m : lex.multiHeads()) {
            if (CueFinder.matches(tt, i, m.words())) {
                return m.value();
            }
        }
        String base = tt.isArabic(i) ? tt.tok(i).base() : "";
        String bare = SourceLexicon.stripArticle(base);
        if (SAME.contains(bare) && i + 1 < p.to()) {
            return lex.headAt(tt, i + 1).orElse(lex.titleAt(tt, i + 1) ? HeadClass.OFFICIAL : null); // «ذات المصدر»
        }
        if (QUANTIFIERS.contains(bare) && i + 1 < p.to()) {
            int noun = tt.isArabic(i + 1) && tt.norm(i + 1).equals("من") && i + 2 < p.to() ? i + 2 : i + 1;
            Optional<HeadClass> next = lex.headAt(tt, noun);
            if (next.isPresent()) {
                return next.get();
            }
        }
        if (tt.isArabic(i) && tt.norm(i).equals("من")) {
            return HeadClass.ANONYMOUS;
        }
        return lex.headAt(tt, i).orElse(null);
    }

    /**
     * One to four words in no lexicon and without the article, optionally after a nationality adjective
     * («ترامب»، «المصري محمد صلاح»): a proper name. Plurals and ة-nouns («خلافات»، «مبادرة») are not names.
     */
    boolean bareName(TokenText tt, SourcePhrase p) {
        int from = p.from();
        if (tt.isArabic(from) && tt.hasArticle(from) && tt.norm(from).endsWith("ي") && p.to() - from > 1) {
            from++;
        }
        if (p.to() - from < 1 || p.to() - from > 4) {
            return false;
        }
        for (int k = from; k < p.to(); k++) {
            if (tt.isArabic(k) && k > from && tt.norm(k).matches("الدين|الله|الرحمن|الرحيم|العزيز")) {
                continue; // second part of a compound name: «زين الدين»، «عبد الله»
            }
            if (!tt.isArabic(k) || tt.hasArticle(k) || lex.lexicalAt(tt, k)) {
                return false;
            }
            String n = tt.norm(k);
            String surface = tt.surface(k);
            if (TIME_NOUNS.contains(n) || surface.endsWith("اً") || surface.endsWith("ًا")) {
                return false; // «أعلن يوم …»، «شخصاً»
            }
            // sound feminine plurals are common nouns («خلافات»); -ون/-ين are not tested: names end so too («ماكرون»)
            boolean plural = n.endsWith("ات") && n.length() >= 5;
            // «مسؤوليتها»، «حكومتهم»: a feminine noun with a possessive pronoun (its ة written ت)
            boolean possessed = n.length() >= 6 && n.matches(".*ت(ها|هم|هما|نا|كم)");
            if (plural || possessed || n.endsWith("ه") || n.length() < 3) {
                return false;
            }
        }
        return true;
    }

    /** A one-word phrase whose word stood earlier right after a given name or title («خالد المنصوري» … «المنصوري»). */
    private boolean namedBefore(TokenText tt, SourcePhrase p) {
        if (p.to() - p.from() != 1 || !tt.isArabic(p.from())) {
            return false;
        }
        String w = tt.norm(p.from());
        for (int i = 1; i < p.from(); i++) {
            if (tt.isArabic(i) && tt.norm(i).equals(w) && (lex.nameAt(tt, i - 1) || lex.titleAt(tt, i - 1)
                    || i >= 2 && lex.titleAt(tt, i - 2) && tt.isArabic(i - 1) && !tt.hasArticle(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * «آية الله»، «حجة الإسلام»: a title whose second word has the article; the name after it belongs to the
     * affiliation it ends («مسؤول مقرب من المرشد الأعلى آية الله علي خامنئي»), not to the speaker.
     */
    private boolean clericalTitleEndsAt(TokenText tt, int k) {
        return k >= 1 && tt.isArabic(k) && tt.norm(k).matches("الله|الاسلام") && lex.titleAt(tt, k - 1);
    }

    private boolean hasTitle(TokenText tt, SourcePhrase p) {
        for (int i = p.from(); i < p.to(); i++) {
            if (lex.titleAt(tt, i)) {
                return true;
            }
            if (tt.isPreposition(i)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A name is a given name, or a word in no lexicon that is not a nisba adjective, seen before any free-standing
     * preposition of the phrase (so «مسؤول مقرب من … خامنئي» stays a role), or a given name right after the
     * definite word that closes an affiliation (but not after a title: «باسم مستشفى الملك فهد» names no speaker).
     */
    boolean hasName(TokenText tt, SourcePhrase p) {
        boolean afterTitle = false;
        boolean blocked = false;
        boolean definite = false;
        for (int i = p.from(); i < p.to(); i++) {
            boolean attachedPreposition = i > p.from() && tt.isArabic(i) && tt.hasArticle(i - 1)
                    && (tt.tok(i).proclitics().startsWith("ب") || tt.tok(i).proclitics().startsWith("ل"));
            if (tt.isPreposition(i) || attachedPreposition || tt.isArabic(i) && tt.norm(i).equals("باسم")) {
                blocked = true;
                continue;
            }
            if (tt.isComma(i)) {
                blocked = false;
                continue;
            }
            if (blocked && tt.isArabic(i) && lex.nameAt(tt, i) && i > p.from() && tt.isArabic(i - 1)
                    && tt.hasArticle(i - 1) && !lex.titleAt(tt, i - 1) && !clericalTitleEndsAt(tt, i - 1)) {
                return true; // a given name after a completed affiliation: «المتحدثة باسم الخارجية ماريا زاخاروفا»
            }
            if (blocked && tt.isArabic(i) && lex.titleAt(tt, i) && i > p.from() && tt.isArabic(i - 1)
                    && tt.hasArticle(i - 1) && !clericalTitleEndsAt(tt, i + 1)) {
                blocked = false; // a new title after a completed affiliation: «المشرف على المسابقة الدكتور فلان»
            }
            if (!tt.isArabic(i) || blocked || SELF.contains(tt.norm(i))) {
                continue;
            }
            String base = tt.tok(i).base();
            if (lex.nameAt(tt, i) || i > p.from() && i + 1 < p.to() && SourceChunker.NASAB.contains(tt.norm(i))) {
                return true;
            }
            if (lex.titleAt(tt, i) || lex.headAt(tt, i).isPresent()) {
                afterTitle = true;
                definite |= tt.hasArticle(i) || tt.norm(i).length() == 1; // «د. فلان» stands for «الدكتور فلان»
                continue;
            }
            if (tt.hasArticle(i)) {
                definite = true;
            }
            boolean nisba = base.endsWith("ي") || base.endsWith("يه") || base.endsWith("ين") || base.endsWith("يون");
            boolean adverb = tt.tok(i).surface().endsWith("اً") || tt.tok(i).surface().endsWith("ًا");
            // a name follows a definite title or construct («النائب فلان»، «وزير الخارجية فلان»); after an indefinite
            // title an indefinite word is an adjective («نائب معارض»)
            if (afterTitle && definite && !tt.hasArticle(i) && !nisba && !adverb && !lex.lexicalAt(tt, i)
                    && (i == p.to() - 1 || lex.titleAt(tt, i - 1) || tt.isComma(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase ended after a person's or a place's name when a word that is in no list, or another actor,
     * follows it («أكد رئيس النادي فوزي الباشا نجاح المعسكر»، «اتهمت دمشق الولايات المتحدة بـ…»): with a verb that
     * takes an object, that word starts the object. Empty when no recognised name ends inside the phrase before such a word.
     */
    Optional<SourcePhrase> endAtName(TokenText tt, SourcePhrase p, List<Entity> entities) {
        return endAtName(tt, p, entities, false);
    }

    /**
     * The phrase ended after a person's name that another actor's mention follows directly («وحذر كالين باريس من
     * …»): one phrase does not name a person and then a second actor, whatever the verb. Empty when there is none.
     */
    Optional<SourcePhrase> endBeforeActor(TokenText tt, SourcePhrase p, List<Entity> entities, Set<String> governed) {
        Optional<SourcePhrase> cut = endAtName(tt, p, entities, true);
        if (cut.isEmpty() || tt.hasConjunction(cut.get().to())) {
            return Optional.empty(); // «كل من حسام المرداسي وحاتم سامي»: coordinated speakers
        }
        // the second actor is the verb's object only when what the verb governs follows it: «… باريس من أن …»
        int u = cut.get().to();
        int actorEnd = entities.stream().flatMap(e -> e.mentions().stream())
                .filter(m -> m.start() == tt.tok(cut.get().to()).start()).mapToInt(Span::end).max().orElse(-1);
        while (u < tt.size() && tt.tok(u).start() < actorEnd) {
            u++;
        }
        boolean governs = u < tt.size() && tt.isArabic(u) && (tt.isComplementizer(u)
                || tt.isPreposition(u) && governed.contains(tt.norm(u))
                || !tt.tok(u).proclitics().isEmpty() && governed.contains(tt.tok(u).proclitics().substring(0, 1)));
        return governs ? cut : Optional.empty();
    }

    private Optional<SourcePhrase> endAtName(TokenText tt, SourcePhrase p, List<Entity> entities, boolean actorsOnly) {
        int cut = -1;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && (actorsOnly || e.type() != EntityType.GPE)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.start() < p.span().start() || m.end() >= p.span().end()) {
                    continue;
                }
                int t = p.from();
                while (t < p.to() && tt.tok(t).start() < m.end()) {
                    t++;
                }
                if (t > p.from() && t < p.to() && (cut < 0 || t < cut)
                        && (actorsOnly ? actorStartsAt(tt, t, entities) : startsObject(tt, t, entities))) {
                    cut = t;
                }
            }
        }
        return cut < 0 ? Optional.empty()
                : Optional.of(new SourcePhrase(p.from(), cut, new Span(p.span().start(), tt.tok(cut - 1).end())));
    }

    private boolean startsObject(TokenText tt, int t, List<Entity> entities) {
        if (actorStartsAt(tt, t, entities)) {
            return true; // «اتهمت دمشق الولايات المتحدة …»: a second actor right after the first is the object
        }
        Span s = tt.tok(t).span();
        if (!tt.isArabic(t) || tt.hasArticle(t) || !tt.tok(t).proclitics().isEmpty() || lex.lexicalAt(tt, t)
                || lex.nameAt(tt, t)) {
            return false;
        }
        return entities.stream().flatMap(e -> e.mentions().stream()).noneMatch(m -> m.overlaps(s));
    }

    /** True when a person's, organisation's or state's mention starts in token {@code t}. */
    private static boolean actorStartsAt(TokenText tt, int t, List<Entity> entities) {
        if (tt.isOpenQuote(t) && t + 1 < tt.size()) {
            t++; // «واتهمت إسرائيل "فيلق القدس"»
        }
        Span s = tt.tok(t).span();
        return entities.stream().filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.GPE
                        || e.type() == EntityType.ORG)
                .flatMap(e -> e.mentions().stream()).anyMatch(m -> m.start() >= s.start() && m.start() < s.end());
    }

    private static Optional<Entity> overlapping(org.isnad.doc.Span s, List<Entity> entities, EntityType... types) {
        for (Entity e : entities) {
            if (!java.util.Arrays.asList(types).contains(e.type())) {
                continue;
            }
            for (org.isnad.doc.Span m : e.mentions()) {
                if (m.overlaps(s)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }
}
