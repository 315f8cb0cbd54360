package org.isnad.relations;

import java.util.Optional;
import java.util.Set;
import org.isnad.doc.Span;
import org.isnad.model.EntityType;
import org.isnad.relations.Mention.Kind;

/**
 * Reads a title phrase and the name in apposition with it: «وزير الداخلية العراقي، عبد الكريم الساعدي»،
 * «رئيس هيئة الأركان في الجيش الليبي، اللواء سالم المقريف»، «المبعوث الخاص البريطاني السابق إلى ليبيا، …»،
 * «القيادي في هيئة تحرير الشام أبو خالد الحموي».
 *
 * <p>After the title head it takes, in any order: coordinated titles («ضابط ومنسق»), definite domain words
 * («الخارجية»، «الإداري والمالي»), a nationality adjective or a country in construct (the country), an
 * organisation after the head or after في/لدى/عن/ل (the organisation; when a second one follows, the first is a
 * sub-unit and joins the title), a place after في/إلى (a posting, kept in the role text), and former-markers
 * («السابق»). Then an optional comma, ranks («اللواء») or a kunya cue («المكنى»), and the name.
 */
final class TitleReader {
    private static final int LOOKAHEAD = 6;

    private final Sent s;
    private final MentionReader reader;

    TitleReader(Sent s, MentionReader reader) {
        this.s = s;
        this.reader = reader;
    }

    /** True when a title head starts at i. */
    boolean isTitleHead(int i) {
        return s.isWord(i) && (s.lex.titles.contains(s.toks, i, s.end)
                || s.entityAt(i).filter(e -> e.type() == EntityType.TITLE).isPresent());
    }

    private final java.util.Map<Integer, Optional<TitlePhrase>> memo = new java.util.HashMap<>();

    Optional<TitlePhrase> read(int i) {
        Optional<TitlePhrase> m = memo.get(i);
        if (m == null) {
            m = readTitle(i);
            memo.put(i, m);
        }
        return m;
    }

    private Optional<TitlePhrase> readTitle(int i) {
        if (!s.isWord(i) || s.hasPrepClitic(i, "ب")) {
            return Optional.empty();
        }
        Optional<PhraseTable.Match<String>> head = s.lex.titles.match(s.toks, i, s.end);
        int j;
        boolean leader;
        if (head.isPresent()) {
            j = i + head.get().length();
            leader = head.get().value().equals("LEADER");
        } else {
            Optional<Sent.EntityRef> e = s.entityAt(i).filter(x -> x.type() == EntityType.TITLE);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            j = e.get().endToken();
            leader = false;
        }
        int titleEnd = j;
        boolean former = false;
        Optional<Mention> org = Optional.empty();
        Optional<Mention> country = Optional.empty();
        while (s.in(j) && (s.isWord(j) || s.isOpenQuote(j))) {
            if (s.isOpenQuote(j)) {
                // «قائد «جبهة الفجر»»: a quoted organisation
                Optional<Mention> q = reader.any(j, false)
                        .filter(m -> m.kind() == Kind.ORG || m.kind() == Kind.NP);
                if (q.isEmpty() || org.isPresent()) {
                    break;
                }
                org = q;
                j = q.get().to();
                continue;
            }
            boolean conj = Keys.hasConj(s.t(j));
            Optional<PhraseTable.Match<String[]>> fm = s.lex.cue(s.toks, j, s.end, "FORMER");
            if (fm.isPresent() && !conj) {
                former = true;
                j += fm.get().length();
                continue;
            }
            Optional<String> nat = s.lex.nationalityOf(s.t(j));
            boolean agrees = Keys.hasArticle(s.t(j)) == Keys.hasArticle(s.t(titleEnd - 1)) || Keys.hasArticle(s.t(j));
            if (nat.isPresent() && agrees && !conj && country.isEmpty()) {
                country = Optional.of(new Mention(j, j + 1, s.span(j, j + 1), Kind.PLACE, Optional.empty(),
                        Optional.empty()));
                j++;
                continue;
            }
            Optional<PhraseTable.Match<String>> tw = s.lex.titles.match(s.toks, j, s.end);
            if (tw.isPresent() && j == titleEnd && (!conj || s.t(j).hasProclitic("و")) && org.isEmpty()) {
                leader |= tw.get().value().equals("LEADER");
                j += tw.get().length();
                titleEnd = j;
                continue;
            }
            int at = j;
            boolean prep = s.isPrepWord(j, "في", "لدى", "عن", "إلى", "على");
            if (prep) {
                at = j + 1;
            }
            if (!conj) {
                Optional<Mention> o = reader.org(at);
                if (o.isPresent() && (prep || !s.hasPrepClitic(at, "ب"))) {
                    if (org.isPresent()) {
                        titleEnd = org.get().to(); // the first organisation was a sub-unit: «رئيس هيئة الأركان في الجيش»
                    }
                    org = o;
                    j = o.get().to();
                    continue;
                }
                Optional<Mention> p = reader.place(at);
                if (p.isPresent() && (prep || at == titleEnd && country.isEmpty() && org.isEmpty())) {
                    if (!prep && country.isEmpty()) {
                        country = p; // «سفير إيران»
                    }
                    j = p.get().to();
                    continue;
                }
            }
            boolean construct = !Keys.hasArticle(s.t(i)) && j == i + 1 && !Keys.hasArticle(s.t(j)) && !conj
                    && !s.hasAnyPrepClitic(j) && s.isWord(j) && !reader.stopsPhrase(j) && s.triggerAt(j).isEmpty();
            if (construct) {
                j++; // «وزير دفاع»، «وزير داخليتها»: an indefinite title in construct
                titleEnd = j;
                continue;
            }
            boolean domainWord = Keys.hasArticle(s.t(j)) && j == titleEnd && org.isEmpty() && country.isEmpty()
                    && !s.hasAnyPrepClitic(j) && (!conj || s.t(j).hasProclitic("و") && j > i + 1
                    && Keys.hasArticle(s.t(j - 1))) && !reader.stopsPhrase(j) && s.triggerAt(j).isEmpty()
                    && !s.lex.orgHeads.contains(s.toks, j, s.end) && !s.lex.places.contains(s.toks, j, s.end);
            if (domainWord) {
                j++;
                titleEnd = j;
                continue;
            }
            break;
        }
        int phraseEnd = j;
        Span title = s.span(i, titleEnd);
        Span roleText = s.span(i, phraseEnd);
        int k = phraseEnd;
        boolean comma = false;
        Optional<Mention> person = nameAt(k, false);
        if (person.isEmpty() && s.isComma(k)) {
            comma = true;
            person = nameAt(k + 1, true);
        }
        if (person.isEmpty()) {
            // a longer organisation name before the comma: «مدير مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، بيتر مولر»
            for (int x = phraseEnd; x < phraseEnd + LOOKAHEAD && s.in(x) && !s.isPunct(x) && s.isWord(x)
                    && !s.isFunc(x, Set.of("REL", "PART", "VERB", "PRON")) || s.isComma(x); x++) {
                if (s.isComma(x)) {
                    person = nameAt(x + 1, true).filter(n -> s.isPunct(n.to()) || !s.in(n.to()));
                    comma = person.isPresent();
                    break;
                }
            }
        }
        return Optional.of(new TitlePhrase(title, roleText, org, country, former, leader, person, comma));
    }

    /** A name after a title: ranks and kunya cues skipped. */
    private Optional<Mention> nameAt(int k, boolean apposition) {
        int x = k;
        while (s.in(x) && s.lex.nameParts.match(s.toks, x, s.end)
                .filter(m -> m.value().equals("RANK") || m.value().equals("KUNYA_CUE")).isPresent()) {
            x++;
            if (s.isPunct(x) && s.t(x).surface().equals(".")) {
                x++; // «د. خالد»
            }
        }
        if (s.isWord(x) && Keys.hasConj(s.t(x))) {
            return Optional.empty();
        }
        return reader.name(x, apposition || x > k);
    }

    /** The mention a title phrase makes: the person when named, else the whole phrase (a titled unnamed person). */
    Mention asMention(int i, TitlePhrase tp) {
        if (tp.person().isPresent()) {
            Mention p = tp.person().get();
            return new Mention(p.from(), p.to(), p.span(), Kind.PERSON, p.entity(), Optional.of(tp));
        }
        int end = tokenEnd(i, tp.roleText());
        return new Mention(i, end, tp.roleText(), Kind.TITLED, Optional.empty(), Optional.of(tp));
    }

    private int tokenEnd(int i, Span sp) {
        int j = i;
        while (s.in(j) && s.t(j).end() <= sp.end()) {
            j++;
        }
        return j;
    }
}
