package org.isnad.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.isnad.text.NewsTexts;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;
import org.isnad.text.Tokenizer;

/**
 * Mines person names from unlabeled news with a high-precision context that needs no labelled data: a title phrase
 * ({@code titles.txt}, extended over nationality adjectives and {@code title-modifiers.txt}: «الرئيس الأمريكي»,
 * «وزير الخارجية») ending in a definite word and directly followed by one to three indefinite Arabic words
 * («الوزير سامح شكري»; an indefinite title is in construct state: «وزير خارجية …», «أمير قطر»). A word is kept
 * when it was seen there at least {@code minCount} times and at least {@code minShare} of all its occurrences; a
 * two- or three-word name when seen there at least {@code minCount} times. The result extends the tagger's
 * gazetteer ({@link Gazetteer.Kind#MINED_PERSON}); being label-free, the feature fires the same way on training
 * and on new text.
 */
public final class NameMiner {
    private static final int MAX_NAME = 3;
    private final LexiconLayer lexicon;
    private final OrgHeadRule orgHeads = new OrgHeadRule();
    private final int minCount;
    private final double minShare;
    private final Consumer<String> log;

    public NameMiner(Gazetteer places, int minCount, double minShare, Consumer<String> log) {
        this.lexicon = new LexiconLayer(places);
        this.minCount = minCount;
        this.minShare = minShare;
        this.log = log;
    }

    /** Writes mined names as {@code name TAB count} lines under a comment header ({@link GazetteerSources#addMined}). */
    public static void write(Path file, Map<String, Integer> names) throws IOException {
        StringBuilder sb = new StringBuilder("# person names mined by 'isnad train names' (title + name contexts)\n");
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /** Mined names (words and phrases, as their base forms), in sorted order, with their title-context counts. */
    public Map<String, Integer> mine(List<Path> files, long maxTokens) throws IOException {
        Map<String, int[]> words = new HashMap<>(); // {after a title, total}
        Map<String, Integer> phrases = new HashMap<>();
        Tokenizer tokenizer = new Tokenizer();
        long[] tokens = new long[1];
        NewsTexts.read(files, text -> {
            List<Token> toks = tokenizer.tokenize(text);
            count(toks, words, phrases);
            tokens[0] += toks.size();
            return tokens[0] < maxTokens;
        }, f -> { });
        Map<String, Integer> out = new TreeMap<>();
        for (Map.Entry<String, int[]> e : words.entrySet()) {
            int[] c = e.getValue();
            if (c[0] >= minCount && c[0] >= minShare * c[1]) {
                out.put(e.getKey(), c[0]);
            }
        }
        for (Map.Entry<String, Integer> e : phrases.entrySet()) {
            if (e.getValue() >= minCount) {
                out.put(e.getKey(), e.getValue());
            }
        }
        log.accept("read " + tokens[0] + " tokens; mined " + out.size() + " names and name words");
        return out;
    }

    private void count(List<Token> toks, Map<String, int[]> words, Map<String, Integer> phrases) {
        int n = toks.size();
        for (Token t : toks) {
            if (t.kind() == TokenKind.ARABIC) {
                words.computeIfAbsent(t.base(), k -> new int[2])[1]++;
            }
        }
        int[] tm = lexicon.titles().match(toks);
        int titleB = 1 << (2 * Gazetteer.Kind.TITLE.ordinal());
        int titleI = titleB << 1;
        int i = 0;
        while (i < n) {
            if ((tm[i] & titleB) == 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && ((tm[end] & titleI) != 0 || extendsTitle(toks.get(end)))) {
                end++;
            }
            if (!toks.get(end - 1).base().startsWith("ال")) {
                i = end; // an indefinite title is in construct state: «وزير خارجية», «أمير قطر» name no person
                continue;
            }
            int k = end;
            while (k < n && k - end < MAX_NAME && isNameWord(toks.get(k), tm[k])) {
                k++;
            }
            if (k > end) {
                StringBuilder phrase = new StringBuilder();
                for (int j = end; j < k; j++) {
                    words.get(toks.get(j).base())[0]++;
                    if (phrase.length() > 0) {
                        phrase.append(' ');
                    }
                    phrase.append(toks.get(j).base());
                }
                if (k - end >= 2) {
                    phrases.merge(phrase.toString(), 1, Integer::sum);
                }
            }
            i = Math.max(end, k);
        }
    }

    private boolean extendsTitle(Token t) {
        return t.kind() == TokenKind.ARABIC && t.base().startsWith("ال") && lexicon.demonyms().isDemonym(t);
    }

    /** An indefinite Arabic word (no article) that is no title, organisation head or nationality adjective. */
    private boolean isNameWord(Token t, int titleMask) {
        return t.kind() == TokenKind.ARABIC && !t.base().startsWith("ال") && !t.proclitics().contains("ال")
                && t.base().length() >= 3
                && titleMask == 0 && !orgHeads.isAnyHead(t) && !lexicon.demonyms().isDemonym(t);
    }
}
