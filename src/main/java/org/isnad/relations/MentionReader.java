package org.isnad.relations;

import java.util.Optional;
import org.isnad.doc.Span;
import java.util.Set;
import org.isnad.model.EntityType;
import org.isnad.relations.Mention.Kind;

/**
 * Reads argument phrases at a token position of a sentence: an entity mention from the NER layer when one starts
 * there, else a title phrase (with the name in apposition), an organisation («جبهة التحرير الشرقية»), a place, a
 * people phrase («وفداً من صندوق النقد الدولي»), a personal name (only where an argument is expected) or a definite
 * noun phrase. The rules are the Arabic noun-phrase shapes of news text: a head noun extended over its genitive and
 * its definite adjectives; a construct chain of indefinite nouns ends at its first definite word; a name of up to
 * four words ends after a definite nisba («أبو خالد الحموي»).
 */
final class MentionReader {
    private static final Set<String> NAME_STOPS = Set.of("PREP", "REL", "PART", "VERB", "PRON");
    private static final int MAX_ORG = 7;

    private final Sent s;
    private final TitleReader titles;
    private final java.util.Map<Integer, Optional<Mention>> anyMemo = new java.util.HashMap<>();
    private final java.util.Map<Integer, Optional<Mention>> orgMemo = new java.util.HashMap<>();
    private final java.util.Map<Integer, Optional<Mention>> nameMemo = new java.util.HashMap<>();

    MentionReader(Sent s) {
        this.s = s;
        this.titles = new TitleReader(s, this);
    }

    Sent sent() {
        return s;
    }

    /** Any argument phrase at i. Names without a title are read only when {@code allowName}. */
    Optional<Mention> any(int i, boolean allowName) {
        int key = allowName ? i : -i - 1;
        Optional<Mention> memo = anyMemo.get(key);
        if (memo == null) {
            memo = readAny(i, allowName);
            anyMemo.put(key, memo);
        }
        return memo;
    }

    private Optional<Mention> readAny(int i, boolean allowName) {
        if (s.isDetachedPrep(i)) {
            return any(i + 1, allowName);
        }
        if (s.isOpenQuote(i)) {
            // «الأيادي البيضاء»: the mention inside the quotes, the closing quote consumed
            return any(i + 1, allowName).filter(m -> s.isCloseQuote(m.to()) || !s.in(m.to()) || m.to() > i + 1)
                    .map(m -> s.isCloseQuote(m.to()) ? m.withTo(m.to() + 1) : m);
        }
        if (!s.isWord(i) || s.isFunc(i, Sent.STOPS)) {
            return Optional.empty();
        }
        Optional<Mention> m = entity(i);
        if (m.isPresent()) {
            return m;
        }
        Optional<TitlePhrase> tp = titles.read(i);
        if (tp.isPresent()) {
            return Optional.of(titles.asMention(i, tp.get()));
        }
        for (Optional<Mention> o : java.util.List.of(org(i), place(i), people(i))) {
            if (o.isPresent()) {
                return o;
            }
        }
        if (allowName) {
            m = name(i);
            if (m.isPresent()) {
                return m;
            }
        }
        return np(i);
    }

    TitleReader titles() {
        return titles;
    }

    /** An entity mention (not a bare title) starting at i. */
    Optional<Mention> entity(int i) {
        return s.entityAt(i).filter(e -> e.type() != EntityType.TITLE).map(e -> {
            Kind k = switch (e.type()) {
                case PERSON -> Kind.PERSON;
                case GPE, LOC -> Kind.PLACE;
                default -> Kind.ORG;
            };
            // a person keeps the letters the tagger kept («ستيفن»، «فلورنس» are not س/ف + word)
            Span span = k == Kind.PERSON && e.span().start() >= s.t(i).start() && e.span().start() < s.t(i).end()
                    ? new Span(e.span().start(), s.t(e.endToken() - 1).end()) : s.span(i, e.endToken());
            return new Mention(i, e.endToken(), span, k, Optional.of(e.id()), Optional.empty());
        });
    }

    /** An organisation phrase: an organisation head extended over its genitive and adjectives. */
    Optional<Mention> org(int i) {
        Optional<Mention> memo = orgMemo.get(i);
        if (memo == null) {
            memo = readOrg(i);
            orgMemo.put(i, memo);
        }
        return memo;
    }

    private Optional<Mention> readOrg(int i) {
        if (!s.isWord(i)) {
            return Optional.empty();
        }
        Optional<Mention> e = entity(i).filter(m -> m.kind() == Kind.ORG);
        if (e.isPresent()) {
            return e;
        }
        Optional<PhraseTable.Match<String>> head = s.lex.orgHeads.match(s.toks, i, s.end);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        int j = i + head.get().length();
        if (s.isOpenQuote(j)) {
            // «جمعية «الأيادي البيضاء»»: a quoted name after the head
            int q = j + 1;
            while (q < j + 8 && s.in(q) && !s.isCloseQuote(q) && (s.isWord(q) || s.t(q).kind() == org.isnad.text.TokenKind.DIGITS)) {
                q++;
            }
            if (q > j + 1 && s.isCloseQuote(q)) {
                return Optional.of(new Mention(i, q + 1, s.span(i, q + 1), Kind.ORG, Optional.empty(), Optional.empty()));
            }
        }
        j = extend(i, j);
        return Optional.of(new Mention(i, j, s.span(i, j), Kind.ORG, Optional.empty(), Optional.empty()));
    }

    /** Extends a head [i, j) over its genitive chain and definite adjectives. */
    int extend(int i, int j) {
        boolean companyName = s.lex.orgHeads.match(s.toks, i, s.end)
                .filter(m -> m.value().equals("COMPANY") || m.value().equals("INTL")).isPresent();
        boolean lastDef = Keys.hasArticle(s.t(j - 1));
        boolean definiteHead = j - i == 1 && Keys.hasArticle(s.t(i));
        int indefRun = lastDef ? 0 : 1;
        while (s.in(j) && j - i < MAX_ORG) {
            if (!s.isWord(j) || Keys.hasConj(s.t(j)) || stopsPhrase(j) || s.entityAt(j).isPresent()) {
                break;
            }
            if (lastDef && Keys.hasArticle(s.t(j)) && s.lex.orgHeads.contains(s.toks, j, s.end)) {
                break; // «منظمة العفو الدولية السلطات …»: a new organisation starts
            }
            if (s.hasAnyPrepClitic(j)) {
                if (companyName && s.t(j).proclitics().equals("ل+ال") && j + 1 - i <= MAX_ORG) {
                    j++; // «شركة النور للصرافة»
                    lastDef = true;
                    continue;
                }
                if (s.hasPrepClitic(j, "ل") && s.lex.places.match(s.toks, j, s.end).filter(m -> m.value().equals("HEAD"))
                        .isPresent() && s.isWord(j + 1)) {
                    j += 2; // «المجلس المحلي لمدينة إعزاز»
                    lastDef = true;
                    continue;
                }
                break;
            }
            if (Keys.hasArticle(s.t(j))) {
                if (definiteHead && !adjectiveLike(j)) {
                    break; // a definite noun heads no genitive: «الشرطة الجمهور» is two phrases
                }
                lastDef = true;
                indefRun = 0;
            } else {
                if (lastDef || indefRun >= 2 || s.t(j).kind() != org.isnad.text.TokenKind.ARABIC
                        && s.t(j).kind() != org.isnad.text.TokenKind.LATIN) {
                    break;
                }
                indefRun++;
            }
            j++;
        }
        return j;
    }

    /** A definite adjective: a nisba («الليبية»، «الأمريكيون»), a nationality, or a listed adjective. */
    boolean adjectiveLike(int j) {
        String n = Keys.stripArticle(s.t(j).norm());
        return n.endsWith("ي") || n.endsWith("يه") || n.endsWith("يين") || n.endsWith("يون") || n.endsWith("يان")
                || s.lex.nationalityOf(s.t(j)).isPresent() || s.isCue(j, "ADJ");
    }

    /** Words that never continue a noun phrase: function words, time words, labels, former-markers, verbs, titles. */
    boolean stopsPhrase(int j) {
        if (s.isFunc(j, NAME_STOPS) || s.timeAt(j) > 0 || s.isCue(j, "LABEL") || s.isCue(j, "FORMER")
                || s.isCue(j, "LIST") || s.isCue(j, "HOLD") || s.isCue(j, "POSITION")) {
            return true;
        }
        if (!Keys.hasArticle(s.t(j)) && s.triggerAt(j).filter(m -> m.value().isVerb()).isPresent()) {
            return true;
        }
        return !Keys.hasArticle(s.t(j)) && s.lex.titles.contains(s.toks, j, s.end);
    }

    /** A place: a country, city or region from the lexicon, a place head with its name, or a GPE/LOC entity. */
    Optional<Mention> place(int i) {
        Optional<Mention> e = entity(i).filter(Mention::isPlace);
        if (e.isPresent()) {
            return e;
        }
        Optional<PhraseTable.Match<String>> p = s.lex.places.match(s.toks, i, s.end);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        int j = i + p.get().length();
        if (p.get().value().equals("HEAD")) {
            if (s.in(j) && Keys.hasArticle(s.t(i))
                    && s.lex.nameParts.match(s.toks, j, s.end).filter(m -> m.value().equals("RANK")).isPresent()) {
                // «أمين المنطقة الدكتور فلان»: a rank starts the person's name, the place is the head alone
                return Optional.of(new Mention(i, j, s.span(i, j), Kind.PLACE, Optional.empty(), Optional.empty()));
            }
            if (!s.isWord(j) || stopsPhrase(j) || Keys.hasConj(s.t(j)) || s.hasAnyPrepClitic(j)) {
                return Optional.empty();
            }
            Optional<PhraseTable.Match<String>> named = s.lex.places.match(s.toks, j, s.end)
                    .filter(m -> !m.value().equals("HEAD"));
            j = named.isPresent() ? j + named.get().length() : extend(i, j + 1);
        }
        return Optional.of(new Mention(i, j, s.span(i, j), Kind.PLACE, Optional.empty(), Optional.empty()));
    }

    /** Unnamed people or a side: «وفداً من صندوق النقد الدولي»، «نظيره التركي»، «قادة الفصيل». */
    Optional<Mention> people(int i) {
        Optional<PhraseTable.Match<String>> p = s.lex.peopleNouns.match(s.toks, i, s.end);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        int j = i + p.get().length();
        boolean headDef = Keys.hasArticle(s.t(j - 1));
        if (s.isPrepWord(j, "من", "عن", "في") && s.isWord(j + 1)) {
            Optional<Mention> inner = orgOrPlaceOrPeople(j + 1);
            if (inner.isPresent()) {
                j = inner.get().to();
            }
        } else if (s.isWord(j) && !Keys.hasConj(s.t(j)) && !s.hasAnyPrepClitic(j) && !stopsPhrase(j)) {
            Optional<Mention> inner = headDef ? Optional.empty() : orgOrPlaceOrPeople(j);
            if (inner.isPresent()) {
                j = inner.get().to();
            } else if (Keys.hasArticle(s.t(j)) || s.lex.nationalityOf(s.t(j)).isPresent()) {
                j = j + 1; // one adjective: «الوسيط القطري»، «المستشارون الأمريكيون»
            }
        }
        if (p.get().length() > 1 && j == i + p.get().length() && s.isWord(j)) {
            Optional<Mention> n = name(j); // «رجل الأعمال سمير داود»
            if (n.isPresent()) {
                return n;
            }
        }
        return Optional.of(new Mention(i, j, s.span(i, j), Kind.PEOPLE, Optional.empty(), Optional.empty()));
    }

    private Optional<Mention> orgOrPlaceOrPeople(int i) {
        Optional<Mention> m = org(i);
        if (m.isEmpty()) {
            m = place(i);
        }
        if (m.isEmpty()) {
            m = people(i);
        }
        if (m.isEmpty()) {
            m = np(i);
        }
        return m;
    }

    /**
     * A personal name: up to four words that are none of the lexicon's words, the first without article; a
     * connector (أبو، عبد، بن) takes the next word; a definite word (a nisba) ends the name.
     */
    Optional<Mention> name(int i) {
        return name(i, false);
    }

    /** A personal name; {@code apposition} when it follows a comma after a title. */
    Optional<Mention> name(int i, boolean apposition) {
        int key = apposition ? i : -i - 1;
        Optional<Mention> memo = nameMemo.get(key);
        if (memo == null) {
            memo = readName(i, apposition);
            nameMemo.put(key, memo);
        }
        return memo;
    }

    private Optional<Mention> readName(int i, boolean apposition) {
        Set<String> allowed = NAME_PROCLITICS;
        Optional<Mention> e = entity(i).filter(m -> m.kind() == Kind.PERSON);
        if (e.isPresent()) {
            return e;
        }
        if (!nameWord(i, allowed) || Keys.hasArticle(s.t(i)) || s.t(i).norm().endsWith("ات")
                || s.lex.nationalityOf(s.t(i)).isPresent() || s.nerRan() && !apposition) {
            return Optional.empty(); // with a NER layer, a name is guessed only in apposition to a title
        }
        int j = i;
        boolean needNext = false;
        int units = 0; // name words so far, a connector and its word counting as one
        int safeEnd = -1; // before the first word read as a name only because it follows a comma
        while (s.in(j) && j - i < 4 && (nameWord(j, allowed) || j > i && surnameLikeRank(j)
                || j > i && apposition && nameWord(j, APPOSITION_PROCLITICS))) {
            if (safeEnd < 0 && !nameWord(j, allowed) && !surnameLikeRank(j)) {
                safeEnd = j; // «برانت» (ب + رانت) in «كلاوس برانت،»
            }
            boolean connector = s.lex.nameParts.match(s.toks, j, s.end).filter(m -> m.value().equals("CONNECTOR"))
                    .isPresent();
            boolean def = Keys.hasArticle(s.t(j));
            if (def && !needNext && units >= 2) {
                break; // «دونالد ترامب الشتائم»: a definite word after two name words is not part of the name
            }
            j++;
            if (connector) {
                needNext = true;
                continue;
            }
            boolean wasPair = needNext;
            needNext = false;
            units++;
            if (def && !wasPair && units > 1) {
                break; // the nisba ends the name
            }
        }
        if (safeEnd >= 0 && !s.isPunct(j) && s.in(j)) {
            j = safeEnd; // such a word is kept only when the name ends at punctuation
            needNext = false;
            units = j - i;
        }
        if (needNext || j - i < 2 && !(apposition && (s.isPunct(j) || s.isFunc(j, NAME_STOPS)))) {
            return Optional.empty(); // a one-word guess is a name only in apposition, closed by a comma or particle
        }
        return Optional.of(new Mention(i, j, s.rawSpan(i, j), Kind.PERSON, Optional.empty(), Optional.empty()));
    }

    /** Proclitic splits a name word may carry: names often begin with ف س ك («فيصل»، «سامر»، «كارلوس»), never with و. */
    private static final Set<String> NAME_PROCLITICS = Set.of("", "ال", "ف", "س", "ك");
    /** Inside a name between commas, a later word may also split as ب or ل («برانت»، «لوران»). */
    private static final Set<String> APPOSITION_PROCLITICS = Set.of("", "ال", "ف", "س", "ك", "ب", "ل");

    /** «ماهر السيد»: an honorific written after a first name is a family name. */
    private boolean surnameLikeRank(int j) {
        return s.isWord(j) && Keys.hasArticle(s.t(j)) && !Keys.hasConj(s.t(j))
                && s.lex.nameParts.match(s.toks, j, s.end).filter(m -> m.value().equals("RANK")).isPresent();
    }

    private boolean nameWord(int j, Set<String> allowed) {
        if (!s.isWord(j) || !allowed.contains(s.t(j).proclitics())) {
            return false;
        }
        String surface = s.t(j).surface();
        if (surface.indexOf('\u064B') >= 0 || s.t(j).norm().endsWith("وا")) {
            return false; // accusative tanween («حربياً») or a plural verb («قدموا») is no name
        }
        if (s.t(j).norm().length() <= 3 && s.t(j).norm().startsWith("و")) {
            return false; // a conjunction the tokenizer left on a short word («قائد صادق، وثق …»): names never begin with و
        }
        if (stopsPhrase(j) || s.triggerAt(j).isPresent() || s.lex.titles.contains(s.toks, j, s.end)
                || s.lex.orgHeads.contains(s.toks, j, s.end) || s.lex.places.contains(s.toks, j, s.end)
                || s.lex.peopleNouns.contains(s.toks, j, s.end) || s.lex.cues.contains(s.toks, j, s.end)) {
            return false;
        }
        return s.lex.nameParts.match(s.toks, j, s.end).filter(m -> !m.value().equals("CONNECTOR")).isEmpty();
    }

    /** A definite noun with up to two definite adjectives: «الجانب البريطاني»، «العشائر المحلية». */
    Optional<Mention> np(int i) {
        if (!s.isWord(i) || !Keys.hasArticle(s.t(i)) || stopsPhrase(i) || s.triggerAt(i).isPresent()
                || s.isCue(i, "KIND")) {
            return Optional.empty();
        }
        int j = i + 1;
        while (s.in(j) && j - i < 3 && s.isWord(j) && Keys.hasArticle(s.t(j)) && !Keys.hasConj(s.t(j))
                && !s.hasAnyPrepClitic(j) && !stopsPhrase(j)) {
            j++;
        }
        return Optional.of(new Mention(i, j, s.span(i, j), Kind.NP, Optional.empty(), Optional.empty()));
    }
}
