package org.isnad.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.doc.Span;
import org.isnad.model.Channel;

/**
 * Finds where reported content begins after a cue and its source (a complementizer, a quote, a colon, a governed
 * preposition or a nominal object), what channel and relaying sources stand on the way, and where the content ends
 * (end of sentence, a following cue after a comma, a closing quote). Thread-safe.
 */
final class ContentScanner {
    static final int MAX_GAP = 20;
    static final int MAX_QUOTE = 400;
    /** Verbs whose content may follow a comma with no complementizer or quote mark («قال فلان، إحنا …»). */
    private static final Set<String> SAY_VERBS = Set.of("قال");
    private static final Set<String> SUBORDINATORS = Set.of("بعد", "قبل", "منذ", "رغم", "برغم", "حتي", "دون", "بدل",
            "بمجرد", "لمجرد", "لولا", "بعدما", "غير", "الا", "لان", "اذ");
    private static final Set<String> ADVERSATIVES = Set.of("لكن", "لكنه", "لكنها", "لكنهم", "ولكن", "غير", "الا", "بيد");
    private static final Set<String> RELAY_VERBS = Set.of("نقل", "تناقل");
    /** The lemma of the phrase cue «على لسان», which after a relaying verb names the original speaker. */
    private static final String ON_THE_TONGUE = "على لسان";

    /**
     * The prepositions that end a source phrase after this cue: its governed ones, and «عن» after a relaying verb,
     * which introduces the original speaker («نقل مكتبه الإعلامي عن الوزير قوله …») rather than an affiliation.
     */
    static Set<String> governed(CueEntry entry) {
        if (!RELAY_VERBS.contains(entry.lemma())) {
            return entry.frames();
        }
        Set<String> s = new java.util.HashSet<>(entry.frames());
        s.add("عن");
        return s;
    }

    private final SourceLexicon lex;
    private final SourceChunker chunker;

    ContentScanner(SourceLexicon lex, SourceChunker chunker) {
        this.lex = lex;
        this.chunker = chunker;
    }

    enum Mode { COMPLEMENTIZER, QUOTE, COLON, PREPOSITION, OBJECT, DIRECT }

    /** A source met between the cue and the content: «عن مسؤولين» after «نقل»، «أوردته وكالة …». */
    record Relay(CueMatch cue, SourcePhrase source, boolean isChild) {
    }

    /** Where the content starts, and what was passed on the way. */
    record Intro(Mode mode, int start, Optional<Channel> channel, int channelAt, List<Relay> relays) {
    }

    /** A content extent: tokens [from, to) and the text span. */
    record Extent(int from, int to, Span span) {
    }

    /**
     * Scans from token {@code k} (after the cue, or after its source) for the start of the content.
     *
     * @param explicitSource whether a source was found after the cue (a nominal object then may follow)
     */
    Optional<Intro> introducer(TokenText tt, int k, int limit, CueMatch cue, boolean explicitSource,
                               CueMatch[] cueAt) {
        return introducer(tt, k, limit, cue, explicitSource, cueAt, MAX_GAP);
    }

    /** As above, with the number of tokens that may stand between {@code k} and the content. */
    Optional<Intro> introducer(TokenText tt, int k, int limit, CueMatch cue, boolean explicitSource,
                               CueMatch[] cueAt, int maxGap) {
        CueEntry entry = cue.entry();
        Channel channel = null;
        int channelAt = -1;
        List<Relay> relays = new ArrayList<>();
        boolean passedComma = false;
        boolean inRelative = false;
        int direct = -1;
        int directLimit = limit;
        int start = k;
        int j = k;
        while (j < directLimit && j - start <= MAX_GAP) {
            if (ImplicitSources.isRelative(tt, j)) {
                inRelative = true;
            }
            if (tt.isComplementizer(j) && (inRelative || j > k && tt.norm(j).startsWith("و") || j > 0 && tt.isArabic(j - 1) && SUBORDINATORS.contains(tt.norm(j - 1)))) {
                j++; // «التي … أن …», «بعد أن»: not the reported clause
                continue;
            }
            if (tt.isComplementizer(j) && j - start > maxGap) {
                return Optional.empty(); // a complementizer this far from a cue without a source is another verb's
            }
            if (tt.isComplementizer(j)) {
                return Optional.of(new Intro(Mode.COMPLEMENTIZER, j, Optional.ofNullable(channel), channelAt, relays));
            }
            if (tt.isOpenQuote(j)) {
                int p = tt.partner(j);
                boolean shortName = p > j && p - j <= 4 && p + 1 < limit && !tt.isTerminator(p + 1)
                        && !(p + 1 < limit && tt.isComma(p + 1) && cueAt[p + 2 < limit ? p + 2 : p] != null);
                if (!shortName && (p > j + 1 || p < 0)) {
                    return Optional.of(new Intro(Mode.QUOTE, j, Optional.ofNullable(channel), channelAt, relays));
                }
                j = p > j ? p + 1 : j + 1;
                continue;
            }
            if (tt.isColon(j)) {
                inRelative = false;
                return Optional.of(new Intro(Mode.COLON, j + 1, Optional.ofNullable(channel), channelAt, relays));
            }
            if (tt.isClauseStop(j) || tt.isTerminator(j) && j >= limit - 2) {
                return Optional.empty();
            }
            CueMatch other = cueAt[j];
            if (other != null && inRelative && other.first() == j && other != cue
                    && !(ImplicitSources.isRelative(tt, j - 1) && endsWithObjectPronoun(tt.norm(j)))) {
                j = other.end(); // a cue inside a relative clause on the source belongs to that clause
                continue;
            }
            if (other != null && j > k - 1 && other.first() == j && other != cue) {
                if (other.kind() == CueKind.PREP || other.kind() == CueKind.PRONOUN) {
                    Optional<SourcePhrase> np = chunker.forward(tt, other.end(), limit, flags(cueAt),
                            other.lamInNext() ? 1 : 0);
                    if (np.isPresent() && explicitSource && RELAY_VERBS.contains(entry.lemma())
                            && ON_THE_TONGUE.equals(other.entry().lemma()) && relays.stream().noneMatch(Relay::isChild)) {
                        relays.add(new Relay(other, np.get(), true)); // «نقلت الوكالة على لسان فلان قوله: …»
                    }
                    j = np.map(SourcePhrase::to).orElse(other.end());
                    continue;
                }
                boolean relayPlace = ImplicitSources.isRelative(tt, j - 1) || channelAt >= 0 && j - channelAt <= 3;
                if (other.kind() == CueKind.VERB && endsWithObjectPronoun(tt.norm(j)) && !tt.hasConjunction(j)
                        && relayPlace) {
                    Optional<SourcePhrase> np = chunker.forward(tt, other.end(), limit, flags(cueAt), 0);
                    if (np.isPresent()) {
                        relays.add(new Relay(other, np.get(), false));
                        j = np.get().to();
                        continue;
                    }
                }
                if (other.kind() == CueKind.NOUN && !relays.isEmpty() && relays.get(relays.size() - 1).isChild()
                        && relays.get(relays.size() - 1).cue().kind() == CueKind.PREP) {
                    j = other.end(); // «على لسان فلان قوله»: the saying belongs to the one already relayed
                    continue;
                }
                if (other.kind() == CueKind.NOUN && !relays.isEmpty() && relays.get(relays.size() - 1).isChild()) {
                    Relay last = relays.remove(relays.size() - 1);
                    relays.add(new Relay(other, last.source(), true));
                    j = other.end();
                    continue;
                }
                if (other.kind() == CueKind.NOUN && Phrases.isAfterPreposition(tt, j)) {
                    j = other.end();
                    continue;
                }
                return Optional.empty();
            }
            if (tt.isComma(j)) {
                passedComma = true;
                inRelative = false;
                j++;
                continue;
            }
            if (!tt.isWord(j)) {
                if (tt.tok(j).surface().equals("(")) {
                    j = Phrases.skipBracket(tt, j, limit);
                    continue;
                }
                j++;
                continue;
            }
            Optional<SourceLexicon.MultiWord<Channel>> ch = channelAt(tt, j);
            if (ch.isPresent()) {
                if (channel == null) {
                    channel = refineChannel(tt, j + ch.get().words().length, limit, ch.get().value());
                    channelAt = j;
                }
                j += ch.get().words().length;
                // modifiers of the channel noun («في تصريح خاص»، «في بيان صحفي») up to a comma or an introducer
                for (int m = 0; m < 2 && j < limit && Phrases.isModifier(tt, j) && cueAt[j] == null; m++) {
                    j++;
                }
                if (j + 1 < limit && tt.isArabic(j) && cueAt[j] == null && !tt.hasArticle(j)
                        && endsWithObjectPronoun(tt.norm(j)) && (tt.isComplementizer(j + 1) || tt.isComma(j + 1))) {
                    j++; // «في بلاغ أصدرته أن …»: a relative verb on the channel noun
                }
                continue;
            }
            String n = tt.norm(j);
            if (n.equals("ل")) {
                j = Phrases.skipRecipient(tt, j + 1, limit);
                continue;
            }
            if (explicitSource && RELAY_VERBS.contains(entry.lemma()) && n.equals("عن") && relays.stream().noneMatch(Relay::isChild)) {
                Optional<SourcePhrase> np = chunker.forward(tt, j + 1, limit, flags(cueAt), 0);
                if (np.isPresent()) {
                    CueMatch an = new CueMatch(new CueEntry("عن", entry.certainty(), CueKind.RELAYED, Set.of()),
                            CueKind.RELAYED, j, j + 1, tt.span(j, j + 1), -1, false);
                    relays.add(new Relay(an, np.get(), true));
                    j = np.get().to();
                    continue;
                }
            }
            String bare = tt.bare(j);
            if (n.equals("ما") && entry.allowsObject() && (explicitSource || j == k) && j + 1 < limit) {
                return Optional.of(new Intro(Mode.OBJECT, j, Optional.ofNullable(channel), channelAt, relays));
            }
            if (tt.isPreposition(j) || entry.frames().contains(n)) {
                if (entry.frames().contains(n) || entry.frames().contains(bare)) {
                    if (j + 1 < limit && tt.isComplementizer(j + 1)) {
                        return Optional.of(new Intro(Mode.COMPLEMENTIZER, j + 1, Optional.ofNullable(channel), channelAt, relays));
                    }
                    if (entry.allowsObject() && j + 1 < limit && tt.isWord(j + 1)) {
                        return Optional.of(new Intro(Mode.PREPOSITION, j + 1, Optional.ofNullable(channel), channelAt, relays));
                    }
                }
                j = Phrases.skipPrepositionalObject(tt, j + 1, limit, cueAt);
                continue;
            }
            if (lex.isBreak(n) || lex.isBreak(bare) || Phrases.isAdverbial(tt, j)) {
                j++;
                continue;
            }
            String proclitics = tt.tok(j).proclitics();
            if ((proclitics.startsWith("ل") || proclitics.startsWith("ب")) && !tt.isComplementizer(j)) {
                j = Phrases.skipPrepositionalObject(tt, j + 1, limit, cueAt); // «للمرة الأولى»، «بالتعاون مع …»
                continue;
            }
            if (direct < 0 && entry.allowsObject() && (explicitSource || cue.kind() == CueKind.PARTICIPLE || j == k)) {
                if (Phrases.isIndefiniteAccusative(tt, j)) {
                    return Optional.empty(); // «تناقلت صورا …»: a thing, not reported content
                }
                return Optional.of(new Intro(Mode.OBJECT, j, Optional.ofNullable(channel), channelAt, relays));
            }
            if (passedComma && !inRelative && direct < 0 && explicitSource && SAY_VERBS.contains(entry.lemma())
                    && cue.kind() == CueKind.VERB) {
                direct = j;
                directLimit = Math.min(limit, j + 14);
                start = Math.max(start, j + 14 - MAX_GAP);
            }
            j++;
        }
        if (direct >= 0) {
            for (int c = direct; c < limit; c++) {
                if (tt.isOpenQuote(c) && tt.partner(c) > c) {
                    c = tt.partner(c);
                } else if (tt.isColon(c)) {
                    return Optional.of(new Intro(Mode.COLON, c + 1, Optional.ofNullable(channel), channelAt, relays));
                }
            }
            return Optional.of(new Intro(Mode.DIRECT, direct, Optional.ofNullable(channel), channelAt, relays));
        }
        return Optional.empty();
    }

    /** «في تصريح خاص لـ"البوابة"»: a statement made to an outlet is an interview. */
    private Channel refineChannel(TokenText tt, int after, int limit, Channel c) {
        if (c != Channel.STATEMENT) {
            return c;
        }
        for (int j = after; j < limit && j < after + 3; j++) {
            if (tt.isWord(j) && (tt.norm(j).equals("ل") || tt.tok(j).proclitics().startsWith("ل") && !tt.hasArticle(j))) {
                return Channel.INTERVIEW;
            }
            if (tt.isComma(j) || tt.isColon(j)) {
                break;
            }
        }
        return c;
    }

    Optional<SourceLexicon.MultiWord<Channel>> channelAt(TokenText tt, int j) {
        for (SourceLexicon.MultiWord<Channel> c : lex.channels()) {
            if (CueFinder.matches(tt, j, c.words())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static boolean endsWithObjectPronoun(String n) {
        return n.endsWith("ه") || n.endsWith("ها");
    }

    static boolean[] flags(CueMatch[] cueAt) {
        boolean[] f = new boolean[cueAt.length];
        for (int i = 0; i < cueAt.length; i++) {
            f[i] = cueAt[i] != null;
        }
        return f;
    }

    /** The content extent for an introducer: a whole quote, or a clause up to its end. */
    Extent extent(TokenText tt, Intro intro, int limit, CueMatch[] cueAt) {
        int from = intro.start();
        if (intro.mode() == Mode.QUOTE || intro.mode() == Mode.COLON && from < tt.size() && tt.isOpenQuote(from)) {
            int open = intro.mode() == Mode.QUOTE ? from : from;
            int close = tt.partner(open);
            if (close > open && close - open <= MAX_QUOTE) {
                return trimmed(tt, open + 1, close, true);
            }
            from = open + 1;
        }
        int to = clauseEnd(tt, from, limit, cueAt, intro.mode() == Mode.COLON);
        return trimmed(tt, from, to, false);
    }

    /** The end (exclusive) of a content clause starting at {@code from}. */
    int clauseEnd(TokenText tt, int from, int limit, CueMatch[] cueAt, boolean stopAtStrayQuote) {
        int j = from;
        while (j < limit) {
            if (tt.isOpenQuote(j) && tt.partner(j) > j) {
                j = Math.min(tt.partner(j) + 1, Math.max(limit, tt.partner(j) + 1));
                continue;
            }
            if (tt.isCloseQuote(j) && tt.partner(j) < from && j > from) {
                return j;
            }
            if (tt.isQuote(j) && tt.partner(j) < 0 && stopAtStrayQuote && j > from) {
                return j;
            }
            if (tt.isColon(j) && j > from && !stopAtStrayQuote) {
                return j; // a colon opens a new quotation
            }
            if (j > from && startsNewAttribution(tt, j, limit, cueAt)) {
                return j;
            }
            j++;
        }
        return Math.min(j, Math.max(limit, from));
    }

    /**
     * A boundary before a cue that opens its own attribution: a participle or content-first cue («…، مضيفا أن»،
     * «…، بحسب …»), or a comma / adversative («لكن»، «غير أن»، «إلا أن») followed within a few words by a cue that
     * is not inside a relative clause.
     */
    private boolean startsNewAttribution(TokenText tt, int j, int limit, CueMatch[] cueAt) {
        CueMatch here = cueAt[j];
        if (here != null && here.first() == j && (here.kind() == CueKind.PARTICIPLE || here.kind() == CueKind.FRONT)) {
            return true;
        }
        boolean comma = tt.isComma(j) || tt.isCloseQuote(j) && j + 1 < limit && tt.isComma(j + 1);
        boolean adversative = tt.isWord(j) && ADVERSATIVES.contains(tt.bare(j));
        if (!comma && !adversative) {
            return false;
        }
        int f = tt.isCloseQuote(j) ? j + 2 : comma ? j + 1 : j;
        if (comma && f < limit && tt.isArabic(f) && lex.isClauseBreak(tt.norm(f))) {
            return true;
        }
        int reach = adversative || f < limit && tt.isWord(f) && ADVERSATIVES.contains(tt.bare(f)) ? 6 : 3;
        for (int k = f; k < limit && k < f + reach; k++) {
            CueMatch c = cueAt[k];
            if (c != null && c.first() == k) {
                if (ImplicitSources.isRelative(tt, k - 1)) {
                    return false;
                }
                return switch (c.kind()) {
                    case PARTICIPLE, PREP, FRONT, PRONOUN, NOUN -> true;
                    case VERB -> tt.hasConjunction(k) || k > f;
                    default -> false;
                };
            }
            if (!tt.isWord(k) && !tt.isQuote(k)) {
                return false;
            }
        }
        return false;
    }

    /** Drops outer punctuation and unpaired quote marks; keeps quotes whose partner is inside. */
    Extent trimmed(TokenText tt, int from, int to, boolean insideQuote) {
        while (from < to && (tt.isPunct(from) && !(tt.isOpenQuote(from) && tt.partner(from) > from && tt.partner(from) < to))) {
            from++;
        }
        while (to > from && tt.isPunct(to - 1) && !(tt.isCloseQuote(to - 1) && tt.partner(to - 1) >= from)
                && !tt.tok(to - 1).surface().equals(")")) {
            to--;
        }
        if (to <= from) {
            return new Extent(from, from, new Span(tt.tok(Math.min(from, tt.size() - 1)).start(),
                    tt.tok(Math.min(from, tt.size() - 1)).start()));
        }
        int start = tt.tok(from).start();
        String n = tt.isArabic(from) ? tt.norm(from) : "";
        if (n.startsWith("و") && tt.isComplementizer(from)) {
            start = tt.startWithoutConjunction(from);
        }
        return new Extent(from, to, new Span(start, tt.tok(to - 1).end()));
    }
}
