package org.isnad.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.attribution.SourceLexicon.HeadClass;

/**
 * Resolves pronoun subjects, participles and relative clauses to the nearest explicit antecedent in the document
 * (guide, "Implicit sources"): the source of the nearest earlier attribution, or else the nearest earlier phrase
 * headed by a source word (a plural cue prefers a plural head). Thread-safe.
 */
final class ImplicitSources {
    private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "والذي", "والتي", "والذين", "اللذين",
            "اللتين", "الذى", "والذى");
    private static final Set<String> VERB_PARTICLES = Set.of("سوف", "قد", "لقد", "لن", "لم");
    private static final Set<String> BROKEN_PLURALS = Set.of("مصادر", "علماء", "خبراء", "اطباء", "نواب", "اعضاء",
            "قوي", "اوساط", "دوائر", "البعض", "بعض", "كثيرون", "شهود", "سكان", "مواقع", "وسائل", "تقارير", "وكالات",
            "صحف", "قنوات", "منصات", "رواد");
    private final CueLexicon cues;
    private final SourceLexicon lex;
    private final SourceChunker chunker;
    private final Before before;

    ImplicitSources(CueLexicon cues, SourceLexicon lex, SourceChunker chunker) {
        this.cues = cues;
        this.lex = lex;
        this.chunker = chunker;
        this.before = new Before(lex);
    }

    static boolean isRelative(TokenText tt, int i) {
        return i >= 0 && tt.isArabic(i) && RELATIVES.contains(tt.norm(i));
    }

    /** The relative pronoun right before a cue, passing one particle of the verb («التي سوف تعلن»), or -1. */
    static int relativeBefore(TokenText tt, int cue) {
        int k = cue - 1;
        if (k > 0 && tt.isArabic(k) && VERB_PARTICLES.contains(tt.norm(k))) {
            k--;
        }
        return isRelative(tt, k) ? k : -1;
    }

    /** Sets the draft's source to the antecedent of its implicit subject (or leaves it empty when none). */
    void resolve(TokenText tt, Draft d, List<Draft> earlier, boolean[] cueAt) {
        int at = d.cue.first();
        String cueWord = tt.norm(at);
        boolean plural = cueWord.endsWith("وا") || cueWord.endsWith("ون");
        boolean feminine = !plural && (cueWord.endsWith("ت") || cueWord.endsWith("ه") || cueWord.endsWith("تها")
                || cueWord.startsWith("ت") && d.cue.kind() == CueKind.VERB);
        int from = at - 1;
        if (at + 1 < tt.size() && tt.isArabic(at + 1) && tt.norm(at + 1).matches("فيها|فيه") && from >= 0
                && chunker.isSourceWord(tt, from)) {
            from--; // «نشر تغريدة قال فيها»: the noun before is the medium, not the speaker
        }
        int rel = relativeBefore(tt, at);
        if (rel >= 0) {
            // the antecedent stands right before the relative, whatever it is («التقارير التي تفيد …»)
            Optional<SourcePhrase> near = nearest(tt, rel - 1, Math.max(0, rel - 5), plural, false, cueAt, false);
            if (near.isPresent() && near.get().to() < rel && chunker.isSourceWord(tt, rel - 1)) {
                Optional<SourcePhrase> last = chunker.forward(tt, rel - 1, rel, cueAt, 0);
                near = last.isPresent() ? last : near; // «نشرت الصحيفة التقارير التي …»: the last noun, not the first
            }
            if (near.isPresent()) {
                setImplicit(d, near.get());
                return;
            }
        }
        if (d.cue.kind() == CueKind.NOUN) {
            Optional<SourcePhrase> near = nearestPhrase(tt, from, Math.max(tt.sentenceOf(at).firstToken(), at - 10),
                    plural, feminine, cueAt);
            if (near.isPresent()) {
                setImplicit(d, near.get());
                return;
            }
        }
        if (d.cue.kind() == CueKind.PARTICIPLE && earlier.stream().noneMatch(e -> e.source.isPresent()
                && tt.sentenceIndex(e.cue.first()) == tt.sentenceIndex(at) && e.cue.first() < at)) {
            // a circumstantial participle describes the subject of its sentence's main verb («انتقد الرئيس …، محذرا»)
            int first = before.ownStart(tt, tt.sentenceOf(at));
            if (first + 1 < at && tt.isArabic(first) && !chunker.isSourceWord(tt, first)) {
                Optional<SourcePhrase> subject = chunker.forward(tt, first + 1, at, cueAt, 0);
                if (subject.isPresent() && chunker.isSourceWord(tt, subject.get().from())
                        && (!feminine || isFeminineOrPlural(tt, subject.get().from()))) {
                    setImplicit(d, subject.get());
                    return;
                }
            }
        }
        boolean masculine = d.cue.kind() == CueKind.VERB && !plural && !feminine; // «وقال»، «يضيف»
        Agreement own = agreement(tt, d.cue);
        Draft best = null;
        for (Draft e : earlier) {
            if (e != d && e.source.isPresent() && e.cue.first() < at && (best == null || e.cue.first() > best.cue.first())
                    && (!plural || isPluralSource(tt, e)) && !nestedAway(e, d, earlier)
                    && !(masculine && feminineBody(tt, e)) && !own.clashes(sourceAgreement(tt, e, earlier))) {
                best = e;
            }
        }
        if (best != null) {
            d.inheritSource(best);
            return;
        }
        Optional<SourcePhrase> near = nearestPhrase(tt, from, 0, plural, feminine, cueAt);
        if (near.isPresent() && !(masculine && feminineHead(tt, near.get()))) {
            setImplicit(d, near.get());
            return;
        }
        d.implicit = true;
        d.type = org.isnad.model.SourceType.NAMED_PERSON;
    }

    /**
     * The gender and number a verb or participle cue shows («قالت» feminine, «وأضاف» masculine, «مضيفة» feminine);
     * {@link Agreement#UNKNOWN} for nouns, prepositions, phrases and masculine participles (written for any
     * subject). An earlier cue whose agreement clashes with this one's speaks of someone else («قال فيصل خليفة ….
     * وعلقت بالقول» does not continue Faisal).
     */
    Agreement agreement(TokenText tt, CueMatch c) {
        if (c.kind() != CueKind.VERB && c.kind() != CueKind.PARTICIPLE || c.first() < 0 || !tt.isArabic(c.first())) {
            return Agreement.UNKNOWN;
        }
        if (firstPerson(tt, c)) {
            return Agreement.UNKNOWN; // «أعتقد»: the speaker of a quotation, whatever the form folds to
        }
        Agreement a = cues.agreement(tt.norm(c.first()));
        a = a != Agreement.UNKNOWN || cues.word(tt.norm(c.first())).isPresent() ? a : cues.agreement(tt.bare(c.first()));
        // news writes the circumstantial participle masculine whoever the subject is («أضافت الوزارة …، مشيرا إلى»)
        return c.kind() == CueKind.PARTICIPLE && a == Agreement.MASCULINE ? Agreement.UNKNOWN : a;
    }

    /**
     * «أعتقد»، «أستبعد»: a cue whose lemma begins with a bare alef (a perfect of forms VII, VIII and X: «اعتقد») written
     * with a hamza on its alef is the first person of the imperfect, which folds to the same letters as the perfect.
     */
    static boolean firstPerson(TokenText tt, CueMatch c) {
        return c.kind() == CueKind.VERB && c.entry().lemma().startsWith("ا")
                && tt.surface(c.first()).startsWith("أ", tt.hasConjunction(c.first()) ? 1 : 0);
    }

    /** The agreement any cue of {@code e}'s source shows (its drafts share the source span), or UNKNOWN. */
    private Agreement sourceAgreement(TokenText tt, Draft e, List<Draft> all) {
        Agreement a = agreement(tt, e.cue);
        for (int i = 0; i < all.size() && a == Agreement.UNKNOWN; i++) {
            Draft f = all.get(i);
            if (f != e && f.source.isPresent() && f.source.equals(e.source)) {
                a = agreement(tt, f.cue);
            }
        }
        return a;
    }

    /**
     * A text or body whose head is feminine («دراسة»، «الوزارة»، «الصحيفة»): a masculine verb does not continue it
     * («وفقا لدراسة …. وقال لأسوشيتد برس …» continues a person). People are not tested (male names end in ة too).
     */
    private boolean feminineBody(TokenText tt, Draft e) {
        return e.sourcePhrase != null && e.type != org.isnad.model.SourceType.NAMED_PERSON
                && e.type != org.isnad.model.SourceType.UNNAMED_OFFICIAL && feminineHead(tt, e.sourcePhrase);
    }

    private boolean feminineHead(TokenText tt, SourcePhrase p) {
        HeadClass h = lex.headAt(tt, p.from()).orElse(null);
        return tt.isArabic(p.from()) && tt.tok(p.from()).surface().endsWith("ة") && h != null && h != HeadClass.OFFICIAL;
    }

    /** True when e sits inside another attribution's content that does not also hold d («… ما تداولته الوسائط …، ووصفتها»). */
    private static boolean nestedAway(Draft e, Draft d, List<Draft> all) {
        for (Draft f : all) {
            if (f != e && f.content != null && f.content.contains(e.cueSpan) && !f.content.contains(d.cueSpan)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPluralSource(TokenText tt, Draft e) {
        if (e.sourcePhrase == null) {
            return true;
        }
        return isPluralWord(tt, e.sourcePhrase.from());
    }

    /** Feminine heads (ة) and plurals (which take feminine agreement when not human). */
    private boolean isFeminineOrPlural(TokenText tt, int i) {
        String b = SourceLexicon.stripArticle(tt.tok(i).base());
        return b.endsWith("ه") || b.endsWith("تها") || isPluralWord(tt, i) || lex.nameAt(tt, i)
                || b.endsWith("ا") && lex.headAt(tt, i).filter(h -> h == HeadClass.ORGANIZATION).isPresent();
    }

    private boolean isPluralWord(TokenText tt, int i) {
        if (!tt.isArabic(i)) {
            return false;
        }
        String b = SourceLexicon.stripArticle(tt.tok(i).base());
        return b.endsWith("ون") || b.endsWith("ين") || b.endsWith("ات") || BROKEN_PLURALS.contains(b)
                || BROKEN_PLURALS.contains(SourceLexicon.stripArticle(tt.bare(i)))
                || BROKEN_PLURALS.contains(tt.tok(i).base());
    }

    private void setImplicit(Draft d, SourcePhrase p) {
        d.sourcePhrase = p;
        d.source = Optional.of(p.span());
        d.implicit = true;
    }

    /** The nearest phrase headed by a source word, searching back from {@code from} to {@code stop}. */
    Optional<SourcePhrase> nearestPhrase(TokenText tt, int from, int stop, boolean plural, boolean feminine,
                                         boolean[] cueAt) {
        Optional<SourcePhrase> p = nearest(tt, from, stop, plural, feminine, cueAt, true);
        return p.isPresent() ? p : nearest(tt, from, stop, plural, feminine, cueAt, false);
    }

    /** The nearest phrase; with {@code speakers}, documents and platforms are passed over (a person or body speaks). */
    private Optional<SourcePhrase> nearest(TokenText tt, int from, int stop, boolean plural, boolean feminine,
                                           boolean[] cueAt, boolean speakers) {
        for (int i = from; i >= stop; i--) {
            if (!chunker.isSourceWord(tt, i) || cueAt[i] || plural && !isPluralWord(tt, i)
                    || feminine && !isFeminineOrPlural(tt, i)
                    || speakers && lex.headAt(tt, i).filter(h -> h == HeadClass.DOCUMENT).isPresent()) {
                continue;
            }
            int s = i;
            while (s - 1 >= stop && extendsLeft(tt, s - 1, cueAt)) {
                s--;
            }
            int lam = (tt.tok(s).proclitics().startsWith("ل") || tt.tok(s).proclitics().startsWith("ب"))
                    && !org.isnad.text.CliticAnalyzer.get().isWholeWord(tt.norm(s)) ? 1 : 0; // «باريس التي تقول»
            int limit = tt.sentenceOf(s).endToken();
            Optional<SourcePhrase> p = chunker.forward(tt, s, limit, cueAt, lam);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private boolean extendsLeft(TokenText tt, int j, boolean[] cueAt) {
        if (!tt.isArabic(j) || cueAt[j] || tt.isComplementizer(j) || tt.isPreposition(j)) {
            return false;
        }
        String n = tt.norm(j);
        if (lex.isBreak(n) || lex.isBreak(tt.bare(j))) {
            return false;
        }
        String base = tt.tok(j).base();
        String rest = base.startsWith("و") ? base.substring(1) : base;
        return lex.isTitle(base) || lex.isTitle(rest) || lex.head(base).filter(h -> h != HeadClass.PLATFORM).isPresent()
                || tt.hasArticle(j) && !tt.tok(j).proclitics().contains("ل") && !tt.tok(j).proclitics().contains("ب");
    }
}
