package org.isnad.ner;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.EntityType;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * A definite nisba word (ـي, «الحلبي», «المصري») right after a personal name is the person's family name, not a
 * nationality: an adjective agrees with its noun in definiteness, so a definite nisba after an indefinite given name
 * cannot describe it. (1) After a tagged PERSON the nisba widens it: «[خالد] الحلبي» → PERSON «خالد الحلبي».
 * (2) After an untagged, indefinite Arabic word the two words become a PERSON when that word is a listed name (the
 * gazetteer's PERSON class), or mostly a person in auto-tagged news (the model's type profiles), or when the pair
 * stands in apposition: after a title («العقيد سامر الحلبي»), or between punctuation marks
 * («قائد الجبهة، سامر الحلبي، التقى»). Titles, organisation heads and nationality words never start such a name.
 * Thread-safe.
 */
final class NisbaNameRule {
    private final Demonyms demonyms;
    private final Gazetteer gazetteer;
    private final Gazetteer titles;
    private final OrgHeadRule orgHeads;
    private final WordClusters profiles;
    private final int personLevel;

    /**
     * @param demonyms    recognises nisba words
     * @param titles      TITLE phrases ({@link LexiconLayer#titles()})
     * @param orgHeads    organisation head nouns
     * @param names       a gazetteer whose PERSON class lists names
     * @param profiles    entity-type profiles of words ({@link TypeProfiles}; may be empty)
     * @param personLevel the PERSON level of the profiles (-1 for none)
     */
    NisbaNameRule(Demonyms demonyms, Gazetteer titles, OrgHeadRule orgHeads, Gazetteer names, WordClusters profiles,
                  int personLevel) {
        this.demonyms = demonyms;
        this.titles = titles;
        this.orgHeads = orgHeads;
        this.gazetteer = names;
        this.profiles = profiles;
        this.personLevel = personLevel;
    }

    /** The rule with a model's gazetteer and type profiles. */
    static NisbaNameRule of(LexiconLayer lexicon, OrgHeadRule orgHeads, NerModel model) {
        return new NisbaNameRule(lexicon.demonyms(), lexicon.titles(), orgHeads, model.gazetteer(), model.profiles(),
                model.labels().types().indexOf(EntityType.PERSON));
    }

    /** True when auto-tagged news mostly tagged the word as a person (share of at least 50 %). */
    private boolean mostlyPerson(Token t) {
        int[] p = profiles.of(t.base());
        return personLevel >= 0 && p.length > personLevel && p[personLevel] >= 3;
    }

    /**
     * Applies the rule to one sentence's mentions (in order, document token indices).
     *
     * @param toks the sentence
     * @param base document index of the sentence's first token
     */
    List<Mention> apply(List<Token> toks, List<Mention> mentions, int base) {
        int n = toks.size();
        boolean any = false;
        for (int j = 1; j < n && !any; j++) {
            any = isFamilyNisba(toks.get(j));
        }
        if (!any) {
            return mentions;
        }
        Mention[] at = new Mention[n];
        for (Mention m : mentions) {
            for (int j = m.first(); j < m.end(); j++) {
                at[j - base] = m;
            }
        }
        int[] tm = titles.match(toks);
        int titleBits = 3 << (2 * Gazetteer.Kind.TITLE.ordinal());
        int personBit = 1 << Gazetteer.Kind.PERSON.ordinal();
        List<Mention> out = new ArrayList<>(mentions);
        for (int j = 1; j < n; j++) {
            if (at[j] != null || !isFamilyNisba(toks.get(j))) {
                continue;
            }
            Mention prev = at[j - 1];
            if (prev != null) {
                if (prev.type() == EntityType.PERSON && prev.end() == base + j) {
                    Mention wider = new Mention(prev.first(), base + j + 1, EntityType.PERSON);
                    out.set(out.indexOf(prev), wider);
                    for (int k = prev.first(); k <= base + j; k++) {
                        at[k - base] = wider;
                    }
                }
                continue;
            }
            Token given = toks.get(j - 1);
            if (given.kind() != TokenKind.ARABIC || given.base().startsWith("ال") || given.base().length() < 3
                    || (tm[j - 1] & titleBits) != 0 || orgHeads.isAnyHead(given) || demonyms.isDemonym(given)) {
                continue;
            }
            boolean listed = (gazetteer.classesOf(given.base()) & personBit) != 0 || mostlyPerson(given);
            boolean afterTitle = j >= 2 && (tm[j - 2] & titleBits) != 0;
            boolean betweenMarks = (j < 2 || toks.get(j - 2).kind() == TokenKind.PUNCT)
                    && (j + 1 == n || toks.get(j + 1).kind() == TokenKind.PUNCT);
            if (listed || afterTitle || betweenMarks) {
                Mention m = new Mention(base + j - 1, base + j + 1, EntityType.PERSON);
                out.add(m);
                at[j - 1] = m;
                at[j] = m;
            }
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return out;
    }

    /** A definite singular nisba: «الحلبي», «المصري» (not «المصرية», «المصريون»). */
    private boolean isFamilyNisba(Token t) {
        String b = t.base();
        return t.kind() == TokenKind.ARABIC && b.startsWith("ال") && b.endsWith("ي") && demonyms.isDemonym(t);
    }
}
