package org.isnad.attribution;

import java.util.List;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.text.WordShapes;

/**
 * What Arabic word order says about the words next to a reporting verb: which word right after it is its object
 * rather than its speaker (a possessed thing, a word joined to a governed «ب», a derived verbal noun), which noun with a possessive pronoun names a thing rather than a person, and which words
 * between «كان» and a verb are that verb's subject. Thread-safe.
 */
final class WordOrder {
    private static final String[] POSSESSIVES = {"هما", "هم", "ها", "ه"};
    private final SourceLexicon lex;
    private final SourceTyper typer;

    WordOrder(SourceLexicon lex, SourceTyper typer) {
        this.lex = lex;
        this.typer = typer;
    }

    /**
     * True when the word right after a verb is its object or governed phrase, never its speaker: a noun with a
     * possessive pronoun that is no person noun («أكدت الملحقية تكفلها …»، «الجهات التي تثبت تورطها») — a kinship or
     * role noun with a pronoun does speak («وقال والده»، «وأكد محاميها») — or, after a verb that governs «ب», a word
     * joined to «ب» («اتهمتها بدعم الإرهاب»).
     */
    boolean objectAfterVerb(TokenText tt, List<Entity> entities, int j, CueMatch c) {
        if (j < tt.size() && tt.isArabic(j) && !tt.hasArticle(j) && !lex.lexicalAt(tt, j)
                && WordShapes.isDerivedMasdar(tt.norm(j))) {
            return true; // «كشفوا استمرار قادة …»
        }
        if (j + 1 >= tt.size() || !tt.isArabic(j + 1) || tt.isComplementizer(j + 1) || !unlisted(tt, entities, j)) {
            return false;
        }
        String n = tt.norm(j);
        return c.entry().frames().contains("ب") && n.startsWith("ب") && n.length() >= 4
                || possessedThing(tt, entities, j);
    }

    /**
     * True when the cue word ends in an object pronoun its lemma does not end in («اتهمتها» of «اتهم»): in a relative
     * clause that pronoun is the antecedent, which is then the object, not the speaker («قطر التي اتهمتها …»).
     */
    boolean cueCarriesObjectPronoun(TokenText tt, CueMatch c) {
        String n = tt.norm(c.first());
        String lemma = c.entry().lemma();
        return ContentScanner.endsWithObjectPronoun(n) && !n.endsWith(lemma.substring(lemma.length() - 1));
    }

    /** A noun with a possessive pronoun whose stem is no person, title or body noun («تورطها»، «تدخله»). */
    boolean possessedThing(TokenText tt, List<Entity> entities, int j) {
        if (!unlisted(tt, entities, j)) {
            return false;
        }
        String n = tt.norm(j);
        for (String suffix : POSSESSIVES) {
            if (n.length() > suffix.length() + 2 && n.endsWith(suffix)) {
                String stem = n.substring(0, n.length() - suffix.length());
                String fem = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
                return !(lex.isTitle(stem) || lex.isTitle(fem) || lex.head(stem).isPresent()
                        || lex.head(fem).isPresent());
            }
        }
        return false;
    }

    /** An Arabic word without article that is in no lexicon, not a feminine noun in ة and in no entity. */
    private boolean unlisted(TokenText tt, List<Entity> entities, int j) {
        return j < tt.size() && tt.isArabic(j) && !tt.hasArticle(j) && !lex.lexicalAt(tt, j)
                && !tt.surface(j).endsWith("ة")
                && typer.type(tt, new SourcePhrase(j, j + 1, tt.span(j, j + 1)), entities).entity().isEmpty();
    }

    /**
     * True when the word after «كان» can be the subject of the verb that follows: with a plural verb a sound or
     * listed plural («وكان مدنيون في الحديدة كشفوا …»), with a singular one a listed head or title.
     */
    boolean subjectOfKana(TokenText tt, int i, CueMatch c) {
        String v = tt.norm(c.first());
        String n = tt.bare(i);
        boolean pluralVerb = v.endsWith("وا") || v.endsWith("ون");
        return pluralVerb ? n.endsWith("ون") || n.endsWith("ين") || lex.headAt(tt, i).isPresent()
                : lex.headAt(tt, i).isPresent() || lex.titleAt(tt, i);
    }

    /** True when every token in [from, to) is an Arabic word. */
    boolean allArabic(TokenText tt, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tt.isArabic(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when a PERSON or ORG mention starts where the phrase starts («حسب قول فيليب جيليه، …»). */
    boolean namedFrom(SourcePhrase p, List<Entity> entities) {
        int start = p.span().start();
        return entities.stream().filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORG)
                .flatMap(e -> e.mentions().stream()).anyMatch(m -> m.start() == start && m.end() <= p.span().end());
    }
}
