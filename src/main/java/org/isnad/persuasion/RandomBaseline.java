package org.isnad.persuasion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;
import org.isnad.text.Tokenizer;

/**
 * A random span baseline with a fixed seed: for each paragraph it draws a Poisson number of spans with the gold
 * file's mean spans per paragraph, each a technique drawn by the gold label frequencies, starting at a random word and
 * running one to three words. It knows only these two corpus-level statistics, never a paragraph's own labels.
 */
public final class RandomBaseline {
    private final Random random;

    public RandomBaseline(long seed) {
        this.random = new Random(seed);
    }

    public List<LabeledSpan> predict(List<GoldParagraph> paragraphs) {
        Map<String, Integer> freq = new TreeMap<>();
        int total = 0;
        for (GoldParagraph p : paragraphs) {
            for (LabeledSpan l : p.labels()) {
                freq.merge(l.technique(), 1, Integer::sum);
                total++;
            }
        }
        List<LabeledSpan> out = new ArrayList<>();
        if (total == 0) {
            return out;
        }
        double mean = total / (double) paragraphs.size();
        List<String> techs = new ArrayList<>(freq.keySet());
        Tokenizer tokenizer = new Tokenizer();
        for (GoldParagraph p : paragraphs) {
            List<Token> words = tokenizer.tokenize(p.text()).stream().filter(t -> t.kind() != TokenKind.PUNCT
                    && t.kind() != TokenKind.SYMBOL).toList();
            if (words.isEmpty()) {
                continue;
            }
            int n = poisson(mean);
            for (int k = 0; k < n; k++) {
                int pick = random.nextInt(total);
                String tech = techs.get(0);
                for (String t : techs) {
                    pick -= freq.get(t);
                    if (pick < 0) {
                        tech = t;
                        break;
                    }
                }
                int a = random.nextInt(words.size());
                int b = Math.min(words.size() - 1, a + random.nextInt(3));
                out.add(new LabeledSpan(p.id(), tech, words.get(a).start(), words.get(b).end()));
            }
        }
        return out;
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double prod = random.nextDouble();
        while (prod > l) {
            k++;
            prod *= random.nextDouble();
        }
        return k;
    }
}
