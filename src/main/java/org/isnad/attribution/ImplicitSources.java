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
    private static final Set<String> BROKEN_PLURALS = Set.of("مصادر", "علماء", "خبراء", "اطباء", "نواب", "اعضاء",
            "قوي", "اوساط", "دوائر", "البعض", "بعض", "كثيرون", "شهود", "سكان");
    private final SourceLexicon lex;
    private final SourceChunker chunker;

    ImplicitSources(SourceLexicon lex, SourceChunker chunker) {
        this.lex = lex;
        this.chunker = chunker;
    }

    static boolean isRelative(TokenText tt, int i) {
        return i >= 0 && tt.isArabic(i) && RELATIVES.contains(tt.norm(i));
    }

    /** Sets the draft's source to the antecedent of its implicit subject (or leaves it empty when none). */
    void resolve(TokenText tt, Draft d, List<Draft> earlier, boolean[] cueAt) {
        int at = d.cue.first();
        boolean plural = tt.norm(at).endsWith("وا") || tt.norm(at).endsWith("ون");
        if (isRelative(tt, at - 1)) {
            Optional<SourcePhrase> near = nearestPhrase(tt, at - 2, Math.max(0, at - 8), plural, cueAt);
            if (near.isPresent()) {
                setImplicit(d, near.get());
                return;
            }
        }
        Draft best = null;
        for (Draft e : earlier) {
            if (e != d && e.source.isPresent() && e.cue.first() < at && (best == null || e.cue.first() > best.cue.first())
                    && (!plural || isPluralSource(tt, e))) {
                best = e;
            }
        }
        if (best != null) {
            d.inheritSource(best);
            return;
        }
        Optional<SourcePhrase> near = nearestPhrase(tt, at - 1, 0, plural, cueAt);
        if (near.isPresent()) {
            setImplicit(d, near.get());
            return;
        }
        d.implicit = true;
        d.type = org.isnad.model.SourceType.NAMED_PERSON;
    }

    private boolean isPluralSource(TokenText tt, Draft e) {
        if (e.sourcePhrase == null) {
            return true;
        }
        return isPluralWord(tt, e.sourcePhrase.from());
    }

    private boolean isPluralWord(TokenText tt, int i) {
        if (!tt.isArabic(i)) {
            return false;
        }
        String b = SourceLexicon.stripArticle(tt.tok(i).base());
        return b.endsWith("ون") || b.endsWith("ين") || b.endsWith("ات") || BROKEN_PLURALS.contains(b)
                || BROKEN_PLURALS.contains(tt.tok(i).base());
    }

    private void setImplicit(Draft d, SourcePhrase p) {
        d.sourcePhrase = p;
        d.source = Optional.of(p.span());
        d.implicit = true;
    }

    /** The nearest phrase headed by a source word, searching back from {@code from} to {@code stop}. */
    Optional<SourcePhrase> nearestPhrase(TokenText tt, int from, int stop, boolean plural, boolean[] cueAt) {
        for (int i = from; i >= stop; i--) {
            if (!chunker.isSourceWord(tt, i) || cueAt[i] || plural && !isPluralWord(tt, i)) {
                continue;
            }
            int s = i;
            while (s - 1 >= stop && extendsLeft(tt, s - 1, cueAt)) {
                s--;
            }
            int lam = tt.tok(s).proclitics().startsWith("ل") || tt.tok(s).proclitics().startsWith("ب") ? 1 : 0;
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
