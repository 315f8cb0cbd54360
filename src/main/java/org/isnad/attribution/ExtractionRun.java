package org.isnad.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.attribution.ContentScanner.Extent;
import org.isnad.attribution.ContentScanner.Relay;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.SourceType;

/**
 * One document's extraction state: its tokens, entities, the cue at each token, the drafts made so far and the cues
 * already consumed as relays, with the helpers that every kind of cue uses (plausible speakers, addressees, typing,
 * relays). Not thread-safe: one instance per document.
 */
final class ExtractionRun {
    final ExtractionParts parts;
    final TokenText tt;
    final List<Entity> entities;
    final CueMatch[] cueAt;
    final boolean[] isCue;
    final List<Draft> drafts = new ArrayList<>();
    final Set<CueMatch> consumed = new java.util.HashSet<>();
    private final SourceLexicon lex;
    private final SourceChunker chunker;
    private final SourceTyper typer;
    private final ContentScanner scanner;
    private final WordOrder order;

    ExtractionRun(ExtractionParts parts, TokenText tt, List<Entity> entities, List<CueMatch> cues) {
        this.parts = parts;
        this.tt = tt;
        this.entities = entities;
        this.cueAt = new CueMatch[tt.size()];
        for (CueMatch c : cues) {
            for (int i = c.first(); i < c.end() && i < tt.size(); i++) {
                cueAt[i] = c;
            }
        }
        this.isCue = ContentScanner.flags(cueAt);
        this.lex = parts.lex;
        this.chunker = parts.chunker;
        this.typer = parts.typer;
        this.scanner = parts.scanner;
        this.order = parts.order;
    }

    int limitOf(int i) {
        return tt.sentenceOf(i).endToken();
    }

    /**
     * The token after an addressee that directly follows a verb or fronted cue («قال لرويترز»، «قالت لـ"سكاي نيوز"»، «بحسب ما أكده للإذاعة»), or
     * {@code j} when there is none. A cue that governs the preposition («أشار لـ») has no addressee.
     */
    int addresseeEnd(CueMatch c, int j, int limit) {
        if (c.kind() != CueKind.VERB && c.kind() != CueKind.FRONT || j >= limit || !tt.isArabic(j)
                || c.entry().frames().contains("الي")) {
            return j;
        }
        if (isPronounAddressee(j)) {
            return j + 1;
        }
        boolean bareLam = tt.norm(j).equals("ل");
        String pro = tt.tok(j).proclitics();
        if (!bareLam && !pro.startsWith("ل")) {
            return j;
        }
        int from = bareLam ? j + 1 : j;
        Optional<SourcePhrase> np = chunker.forward(tt, from, limit, isCue, bareLam ? 0 : 1);
        if (np.isEmpty()) {
            return j;
        }
        // a joined «ل» is a preposition before the article or an outlet («للصحفيين»، «لرويترز»، «لوكالة …»);
        // before other words it may begin a name («وقالت لوبان …»)
        SourceLexicon.HeadClass h = typer.headClass(tt, np.get());
        boolean outlet = h == SourceLexicon.HeadClass.MEDIA || h == SourceLexicon.HeadClass.PLATFORM
                || h == SourceLexicon.HeadClass.SOCIAL;
        if (!bareLam && !pro.contains("ال") && !outlet) {
            return j;
        }
        int end = np.get().to();
        for (int k = end; k < Math.min(limit, end + 3); k++) {
            if (tt.isComma(k)) {
                return k; // the rest of an outlet's name before a comma: «للجوهرة أف أم، فلان»
            }
            if (!tt.isWord(k) || isCue[k] || tt.isComplementizer(k)) {
                break;
            }
        }
        return end;
    }

    /**
     * The first token of the content of an earlier attribution that holds token i («قالت العالمة "أعتقد أن …"»:
     * the speaker of «أعتقد» is not looked for before the quote), or -1.
     */
    int enclosingContentStart(int i) {
        int from = -1;
        for (Draft d : drafts) {
            if (d.content != null && d.contentFrom <= i && i < d.contentTo) {
                from = Math.max(from, d.contentFrom);
            }
        }
        return from;
    }

    /** True when token k (or the one before a comma at k) ends a mention of a person, organisation or state. */
    boolean actorEndsAt(int k) {
        if (k >= 0 && tt.isComma(k)) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        int end = tt.tok(k).end();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON || e.type() == EntityType.ORG || e.type() == EntityType.GPE) {
                for (org.isnad.doc.Span m : e.mentions()) {
                    if (m.end() == end) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** «قال لها»، «قالوا لنا»: a pronoun addressee. */
    boolean isPronounAddressee(int j) {
        return tt.isArabic(j) && tt.norm(j).matches("ل(ه|ها|هم|هما|نا|ي|كم)");
    }

    void relays(Draft d, List<Relay> relays) {
        for (Relay r : relays) {
            if (r.cue().kind() == CueKind.RELAYED && tt.hasArticle(r.source().from()) && !plausible(r.source())) {
                continue; // «تناقلته المواقع عن العثور على …»: «عن» introduces a topic, not a speaker
            }
            consumed.add(r.cue());
            if (r.cue().kind() == CueKind.PREP) {
                for (int k = r.source().to(); k < d.contentFrom && k < cueAt.length; k++) {
                    if (cueAt[k] != null && cueAt[k].kind() == CueKind.NOUN) {
                        consumed.add(cueAt[k]); // «على لسان فلان قوله: …»: one saying, already relayed
                    }
                }
            }
            Draft x = new Draft(r.cue());
            setSource(x, r.source());
            x.content = d.content;
            x.contentFrom = d.contentFrom;
            x.contentTo = d.contentTo;
            if (r.isChild()) {
                x.parent = d;
            } else if (d.parent == null) {
                d.parent = x;
            }
            drafts.add(x);
        }
    }

    boolean plausible(SourcePhrase p) {
        int i = p.from();
        if (SourceTyper.startsWithDemonstrative(tt, p)) {
            return plausible(SourceTyper.afterDemonstrative(tt, p)); // «وبحسب هؤلاء الباحثين …»
        }
        if (!tt.isArabic(i)) {
            return tt.isWord(i) && typer.type(tt, p, entities).entity().isPresent();
        }
        SourcePhrase head = new SourcePhrase(p.from(), p.from() + 1, new org.isnad.doc.Span(p.span().start(),
                tt.tok(p.from()).end()));
        return typer.headClass(tt, p) != null || lex.titleAt(tt, i) || lex.nameAt(tt, i)
                || typer.type(tt, head, entities).entity().isPresent() || order.namedFrom(p, entities)
                || typer.bareName(tt, p) && !prepositionAttached(i);
    }

    /** «باعتقال»، «لتحقيق»: a word with a preposition joined to it, unless it is a whole word («باريس»). */
    boolean prepositionAttached(int i) {
        String pro = tt.tok(i).proclitics();
        return (pro.startsWith("ب") || pro.startsWith("ل") || pro.startsWith("ك") || pro.matches("[وف]\\+[بلك].*"))
                && !org.isnad.text.CliticAnalyzer.get().isWholeWord(tt.norm(i));
    }

    void setSource(Draft d, SourcePhrase p) {
        d.sourcePhrase = p;
        d.source = Optional.of(p.span());
        d.implicit = false;
        retype(d);
    }

    void retype(Draft d) {
        if (d.sourcePhrase == null) {
            return;
        }
        SourceTyper.Typed t = typer.type(tt, d.sourcePhrase, entities);
        d.type = t.type();
        d.entity = t.entity();
        int from = d.sourcePhrase.from();
        if (d.type == SourceType.UNNAMED_OFFICIAL && tt.hasArticle(from) && lex.titleAt(tt, from)
                && d.sourcePhrase.to() - from <= 2
                && !(from + 1 < tt.size() && tt.isArabic(from + 1) && tt.norm(from + 1).startsWith("باسم"))
                && drafts.stream().anyMatch(e -> e.type == SourceType.NAMED_PERSON && e.hasExplicitSource())) {
            d.type = SourceType.NAMED_PERSON; // a definite description of a person named earlier
        }
        if (d.type != SourceType.NAMED_PERSON && d.sourcePhrase.to() - from == 1 && surnameOfNamedPerson(from)) {
            d.type = SourceType.NAMED_PERSON; // «وقالت ساندرز» after «المتحدثة …، سارا ساندرز»
        }
    }

    /** True when the word at {@code i} ends the source of an earlier attribution to a named person. */
    boolean surnameOfNamedPerson(int i) {
        String w = tt.norm(i);
        return tt.isArabic(i) && !tt.hasArticle(i) && drafts.stream().anyMatch(e -> e.hasExplicitSource()
                && e.type == SourceType.NAMED_PERSON && e.sourcePhrase != null && e.sourcePhrase.to() - 1 != i
                && e.sourcePhrase.to() - e.sourcePhrase.from() > 1 && tt.norm(e.sourcePhrase.to() - 1).equals(w));
    }

    void setContent(Draft d, Extent ex) {
        d.contentFrom = ex.from();
        d.contentTo = ex.to();
        d.content = ex.span();
    }

    /** Gives {@code d} the antecedent of its implicit subject as its source, typed. */
    void resolveImplicit(Draft d) {
        parts.implicit.resolve(tt, d, drafts, isCue);
        retype(d);
    }

    /**
     * Sets the content of {@code d} to what {@code intro} introduces up to {@code limit}, with {@code channel}, and adds
     * the draft; false (and nothing added) when that content is empty.
     */
    boolean addWithContent(Draft d, ContentScanner.Intro intro, int limit, org.isnad.model.Channel channel) {
        Extent ex = scanner.extent(tt, intro, limit, cueAt);
        if (ex.to() <= ex.from()) {
            return false;
        }
        setContent(d, ex);
        d.channel = channel;
        drafts.add(d);
        return true;
    }
}
