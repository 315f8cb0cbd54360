package org.isnad.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Document;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Layers;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.Stage;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

/**
 * The "ner" stage: tags each sentence with the NER model (the shipped one, or {@link PipelineConfig#nerModel()}),
 * types places as GPE or LOC, corrects the tagger with general rules (organisation heads make ORGs, a nisba after a
 * given name is a family name, currency names are dropped), adds TITLE, NORP and Latin-script mentions from the lexicon layer, and groups all
 * mentions into {@link Entity} records with within-document coreference. Needs the tokens and sentences layers
 * (without sentences the whole document is one sentence). Adds {@link Layers#ENTITIES}. Thread-safe.
 */
public final class NerStage implements Stage {
    private final NerModel model;
    private final LexiconLayer lexicon;
    private final GeoTyper geo = new GeoTyper();
    private final Coreference coreference = new Coreference();
    private final OrgHeadRule orgHeads = new OrgHeadRule();
    private final NisbaNameRule nisbaNames;
    private final CurrencyRule currencies;
    private final BrokenPluralRule plurals = new BrokenPluralRule();

    public NerStage(PipelineConfig config) {
        try {
            this.model = config.nerModel().isPresent() ? NerModel.load(config.nerModel().get())
                    : NerModel.loadDefault();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load NER model: " + e.getMessage(), e);
        }
        this.lexicon = new LexiconLayer(model.gazetteer());
        this.nisbaNames = NisbaNameRule.of(lexicon, orgHeads, model);
        this.currencies = new CurrencyRule(lexicon.demonyms());
    }

    public NerStage(NerModel model) {
        this.model = model;
        this.lexicon = new LexiconLayer(model.gazetteer());
        this.nisbaNames = NisbaNameRule.of(lexicon, orgHeads, model);
        this.currencies = new CurrencyRule(lexicon.demonyms());
    }

    @Override
    public String name() {
        return "ner";
    }

    @Override
    public void process(Document doc) {
        doc.set(Layers.ENTITIES, entities(doc));
    }

    /** The entities of a document that has tokens (and preferably sentences). */
    public List<Entity> entities(Document doc) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<Sentence> sentences = doc.get(Layers.SENTENCES);
        List<int[]> bounds = new ArrayList<>();
        if (sentences.isEmpty()) {
            bounds.add(new int[] {0, tokens.size()});
        } else {
            for (Sentence s : sentences) {
                bounds.add(new int[] {s.firstToken(), s.endToken()});
            }
        }
        List<List<Token>> sents = new ArrayList<>();
        for (int[] b : bounds) {
            sents.add(tokens.subList(b[0], b[1]));
        }
        List<int[]> labels = model.tag(sents);
        BioLabels bio = model.labels();
        List<Mention> mentions = new ArrayList<>();
        for (int s = 0; s < sents.size(); s++) {
            List<Token> st = sents.get(s);
            int base = bounds.get(s)[0];
            int[] y = labels.get(s);
            List<Mention> tagged = new ArrayList<>();
            int i = 0;
            while (i < y.length) {
                if (!bio.isBegin(y[i])) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < y.length && y[end] == y[i] + 1) {
                    end++;
                }
                EntityType t = bio.type(y[i]).orElseThrow();
                if (t == EntityType.LOC) {
                    t = geo.type(st, i, end);
                }
                tagged.add(new Mention(base + i, base + end, t));
                i = end;
            }
            tagged = orgHeads.apply(st, tagged, base);
            tagged = nisbaNames.apply(st, tagged, base);
            tagged = currencies.apply(st, tagged, base);
            tagged = plurals.apply(st, tagged, base);
            boolean[] taken = new boolean[st.size()];
            for (Mention m : tagged) {
                for (int j = m.first(); j < m.end(); j++) {
                    taken[j - base] = true;
                }
            }
            mentions.addAll(tagged);
            mentions.addAll(lexicon.find(st, taken, base));
        }
        return coreference.resolve(doc.text(), tokens, mentions);
    }
}
