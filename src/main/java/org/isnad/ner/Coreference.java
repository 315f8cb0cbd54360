package org.isnad.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.doc.Span;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.text.CliticAnalyzer;
import org.isnad.text.LexiconFile;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Groups a document's mentions into entities. Rules, in order: the same words (articles ignored) and a compatible
 * type; a person's mention whose words are part of an earlier person's name or contain it («حسين أزيري» …
 * «أزيري»; «أبو محمد الجولاني» … «الجولاني»); an organisation mention of two or more words inside a longer one.
 * Then bare mentions the tagger missed are added: a word equal to the last word of a multi-word person name, and a
 * definite organisation head noun («المركز») referring back to the latest organisation that began with it
 * («مركز دراسات …»). Entity ids follow the order of first mention; the name is the longest mention. Thread-safe.
 */
public final class Coreference {
    private final Set<String> nameParts = new HashSet<>();
    private final Set<String> orgHeads = new HashSet<>();

    public Coreference() {
        for (String p : LexiconFile.lines(GazetteerSources.RES + "name-parts.txt")) {
            nameParts.add(Gazetteer.key(p));
        }
        for (String h : LexiconFile.lines(GazetteerSources.RES + "org-heads.txt")) {
            orgHeads.addAll(Gazetteer.wordForms(h));
        }
    }

    private static final class Group {
        EntityType type;
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> words = new LinkedHashSet<>();
        int lastToken;
    }

    /**
     * Builds entities.
     *
     * @param text     the document text
     * @param tokens   the document's tokens
     * @param mentions mentions from the tagger and the lexicon layer, any order
     */
    public List<Entity> resolve(String text, List<Token> tokens, List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::first).thenComparing(m -> -m.length()));
        List<Group> groups = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        for (Mention m : sorted) {
            link(groups, tokens, m);
            for (int i = m.first(); i < m.end(); i++) {
                covered[i] = true;
            }
        }
        addBareMentions(groups, tokens, covered);
        groups.sort(Comparator.comparingInt(g -> tokens.get(g.mentions.get(0).first()).start()));
        List<Entity> out = new ArrayList<>();
        for (Group g : groups) {
            g.mentions.sort(Comparator.comparingInt(Mention::first));
            Mention longest = g.mentions.get(0);
            List<Span> spans = new ArrayList<>();
            for (Mention m : g.mentions) {
                if (m.length() > longest.length()) {
                    longest = m;
                }
                Span s = span(tokens, m);
                if (!spans.contains(s)) {
                    spans.add(s);
                }
            }
            Span ls = span(tokens, longest);
            out.add(new Entity("e" + (out.size() + 1), g.type, text.substring(ls.start(), ls.end()), spans));
        }
        return out;
    }

    private void link(List<Group> groups, List<Token> tokens, Mention m) {
        List<String> words = words(tokens, m);
        Group target = null;
        for (int gi = groups.size() - 1; gi >= 0 && target == null; gi--) {
            Group g = groups.get(gi);
            if (sameWords(g, tokens, words) && compatible(g.type, m.type())) {
                target = g;
            }
        }
        for (int gi = groups.size() - 1; gi >= 0 && target == null; gi--) {
            Group g = groups.get(gi);
            boolean person = g.type == EntityType.PERSON
                    && (m.type() == EntityType.PERSON || m.length() == 1 && m.type() != EntityType.TITLE
                    && m.type() != EntityType.NORP || m.type() == EntityType.NORP && isLastNameWord(g, tokens, m)
                    && !agreesWithDefiniteNoun(tokens, m));
            if (person && distinctive(words) && (g.words.containsAll(distinctiveOf(words))
                    || m.type() == EntityType.PERSON && new HashSet<>(words).containsAll(distinctiveOf(g.words)))) {
                target = g;
            } else if (g.type == EntityType.ORG && m.type() == EntityType.ORG && words.size() >= 2
                    && g.words.containsAll(words)) {
                target = g;
            }
        }
        if (target == null) {
            target = new Group();
            target.type = m.type();
            groups.add(target);
        }
        target.mentions.add(new Mention(m.first(), m.end(), target.type));
        target.words.addAll(words);
        target.lastToken = m.end() - 1;
    }

    /**
     * True when a one-word mention follows a definite Arabic word: then it is an adjective agreeing with that noun
     * («الوفد العراقي»), not a person's family name used alone («وقال العراقي»).
     */
    static boolean agreesWithDefiniteNoun(List<Token> tokens, Mention m) {
        if (m.first() == 0) {
            return false;
        }
        Token prev = tokens.get(m.first() - 1);
        return prev.kind() == TokenKind.ARABIC && prev.base().startsWith("ال") && prev.base().length() > 3;
    }

    private boolean isLastNameWord(Group g, List<Token> tokens, Mention m) {
        String w = word(tokens.get(m.first()));
        for (Mention gm : g.mentions) {
            if (gm.length() >= 2 && word(tokens.get(gm.end() - 1)).equals(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameWords(Group g, List<Token> tokens, List<String> words) {
        for (Mention gm : g.mentions) {
            if (words(tokens, gm).equals(words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return a == b || (a == EntityType.GPE || a == EntityType.LOC) && (b == EntityType.GPE || b == EntityType.LOC);
    }

    private boolean distinctive(List<String> words) {
        return !distinctiveOf(words).isEmpty();
    }

    private List<String> distinctiveOf(java.util.Collection<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (!nameParts.contains(w) && w.length() >= 2) {
                out.add(w);
            }
        }
        return out;
    }

    private void addBareMentions(List<Group> groups, List<Token> tokens, boolean[] covered) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (covered[i] || t.kind() != TokenKind.ARABIC && t.kind() != TokenKind.LATIN) {
                continue;
            }
            String w = word(t);
            Group best = null;
            for (Group g : groups) {
                if (g.type == EntityType.PERSON && firstMentionBefore(g, i) && isSurname(g, tokens, w)
                        || g.type == EntityType.ORG && firstMentionBefore(g, i) && isHeadReference(g, tokens, i)) {
                    if (best == null || g.lastToken > best.lastToken) {
                        best = g;
                    }
                }
            }
            if (best != null) {
                best.mentions.add(new Mention(i, i + 1, best.type));
                best.lastToken = Math.max(best.lastToken, i);
                covered[i] = true;
            }
        }
    }

    private static boolean firstMentionBefore(Group g, int token) {
        return g.mentions.get(0).first() < token;
    }

    private boolean isSurname(Group g, List<Token> tokens, String w) {
        if (w.length() < 3 || nameParts.contains(w)) {
            return false;
        }
        for (Mention m : g.mentions) {
            if (m.length() >= 2 && word(tokens.get(m.end() - 1)).equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** «المركز» (definite, not followed by a definite word that would make it a new name) after «مركز دراسات …». */
    private boolean isHeadReference(Group g, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.base().startsWith("ال")) {
            return false;
        }
        String head = Demonyms.stripArticle(t.base());
        if (!orgHeads.contains(head)) {
            return false;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).base().startsWith("ال")) {
            return false;
        }
        Mention first = g.mentions.get(0);
        return first.length() >= 2 && Demonyms.stripArticle(tokens.get(first.first()).base()).equals(head);
    }

    private static List<String> words(List<Token> tokens, Mention m) {
        List<String> out = new ArrayList<>(m.length());
        for (int i = m.first(); i < m.end(); i++) {
            out.add(word(tokens.get(i)));
        }
        return out;
    }

    /** The comparison form of a word: base without proclitics and without the article. */
    static String word(Token t) {
        return Demonyms.stripArticle(t.base());
    }

    /**
     * The mention's span: whole tokens, minus the first token's conjunction and preposition letters. A person's name
     * keeps a first ف، ب or ك: these rarely stand before a name but often begin one («فوزي»، «بسام»، «كمال»).
     */
    static Span span(List<Token> tokens, Mention m) {
        Token first = tokens.get(m.first());
        int cut = procliticLength(first);
        if (cut > 0 && m.type() == org.isnad.model.EntityType.PERSON && "فبك".indexOf(first.proclitics().charAt(0)) >= 0) {
            cut = 0;
        }
        int start = first.start() + cut;
        return new Span(start, tokens.get(m.end() - 1).end());
    }

    /**
     * How many UTF-16 units of the surface the conjunction/preposition proclitics take, 0 when they cannot be cut
     * cleanly (the contracted ل + ال «للأمم», or marks between letters). A future marker the tokenizer saw is
     * never cut, nor is anything after it («وسامر» → «سامر»).
     */
    static int procliticLength(Token t) {
        if (t.proclitics().isEmpty() || CliticAnalyzer.get().isWholeWord(t.norm())) {
            return 0; // «فلاديمير»، «باريس»: a whole word that only looks clitic-initial keeps its letters
        }
        List<String> parts = List.of(t.proclitics().split("\\+"));
        int letters = 0;
        for (String p : parts) {
            if (p.equals("س")) {
                break; // a name does not start with a future verb: «سامر» is not س + امر, so keep its letters
            }
            if (p.equals("ال")) {
                if (parts.contains("ل") && t.norm().length() > letters && t.norm().startsWith("لل", letters - 1)) {
                    return 0;
                }
                break;
            }
            letters += p.length();
        }
        if (letters == 0 || letters >= t.surface().length()) {
            return 0;
        }
        for (int k = 0; k < letters; k++) {
            if (!Character.isLetter(t.surface().charAt(k))) {
                return 0;
            }
        }
        if (!Character.isLetter(t.surface().charAt(letters))) {
            return 0;
        }
        return letters;
    }
}
