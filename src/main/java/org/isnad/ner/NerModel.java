package org.isnad.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.isnad.model.EntityType;
import org.isnad.text.Token;

/**
 * A trained NER model: label set, the gazetteer and word clusters it was trained with, a first-pass tagger and an
 * optional stacked second-pass tagger. Tags whole documents (the second pass looks across sentences). Immutable;
 * thread-safe. Stored as a gzip'd binary file ({@link #save}, {@link #load}).
 */
public final class NerModel {
    /** The model shipped in the jar. */
    public static final String DEFAULT_RESOURCE = "/org/isnad/ner/ner-model.bin.gz";
    private static final int MAGIC = 0x4953_4E52; // "ISNR"
    private static final int VERSION = 5; // 2: type bias, 3: network, 4: first-pass mix, 5: LSTM; older are read
    /** Word types whose own-feature scores are kept (about 0.5 KB each). */
    private static final int CACHE_WORDS = 100_000;

    private final BioLabels labels;
    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final WordClusters profiles;
    private final LinearTagger pass1;
    private final Optional<LinearTagger> pass2;
    private final int window;
    private final float[] typeBias;
    private final float[] labelBias;
    private final FeatureExtractor extractor;
    private final WordScoreCache cache;
    private final boolean contextOnly;
    private final Optional<WindowNet> net;
    private final float netMix;
    private final float firstMix;
    private final float[] netTransitions;

    NerModel(BioLabels labels, Gazetteer gazetteer, WordClusters clusters, LinearTagger pass1,
             Optional<LinearTagger> pass2, int window) {
        this(labels, gazetteer, clusters, WordClusters.empty(), pass1, pass2, window,
                new float[labels.types().size()]);
    }

    /**
     * @param typeBias per entity type (in label order), a score added to its B and I labels when decoding the last
     *                 pass: above 0 the tagger proposes that type more readily (recall up, precision down)
     * @param profiles entity-type profiles of words from auto-tagged news ({@link TypeProfiles}), possibly empty
     */
    NerModel(BioLabels labels, Gazetteer gazetteer, WordClusters clusters, WordClusters profiles,
             LinearTagger pass1, Optional<LinearTagger> pass2, int window, float[] typeBias) {
        this(labels, gazetteer, clusters, profiles, pass1, pass2, window, typeBias, false);
    }

    /** @param contextOnly the tagger sees words only through their context (an in-memory model; not saved) */
    NerModel(BioLabels labels, Gazetteer gazetteer, WordClusters clusters, WordClusters profiles,
             LinearTagger pass1, Optional<LinearTagger> pass2, int window, float[] typeBias, boolean contextOnly) {
        this(labels, gazetteer, clusters, profiles, pass1, pass2, window, typeBias, contextOnly, Optional.empty(), 0f);
    }

    /**
     * @param net    a {@link WindowNet} that replaces the second pass as the last pass (it reads the first pass's
     *               labels and document context); empty for none
     * @param netMix with a network and a second pass: the weight of the second pass's scores added to the
     *               network's before decoding (0 = the network alone)
     */
    NerModel(BioLabels labels, Gazetteer gazetteer, WordClusters clusters, WordClusters profiles,
             LinearTagger pass1, Optional<LinearTagger> pass2, int window, float[] typeBias, boolean contextOnly,
             Optional<WindowNet> net, float netMix) {
        this(labels, gazetteer, clusters, profiles, pass1, pass2, window, typeBias, contextOnly, net,
                new NetMix(netMix, 0f));
    }

    /**
     * Weights of the perceptron passes' scores added to the network's before decoding (0 = not used). The first
     * pass's scores come for free (it runs anyway); the second pass costs its own features.
     */
    public record NetMix(float second, float first) {
        public NetMix {
            if (!(second >= 0 && second <= 1000 && first >= 0 && first <= 1000)) {
                throw new IllegalArgumentException("bad network mix weights " + second + ", " + first);
            }
        }
    }

    NerModel(BioLabels labels, Gazetteer gazetteer, WordClusters clusters, WordClusters profiles,
             LinearTagger pass1, Optional<LinearTagger> pass2, int window, float[] typeBias, boolean contextOnly,
             Optional<WindowNet> net, NetMix mix) {
        float netMix = mix.second();
        if (typeBias.length != labels.types().size()) {
            throw new IllegalArgumentException("one bias per type expected");
        }
        this.typeBias = typeBias.clone();
        this.labelBias = new float[labels.size()];
        for (int y = 1; y < labels.size(); y++) {
            labelBias[y] = typeBias[(y - 1) / 2];
        }
        this.labels = labels;
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.profiles = profiles;
        this.pass1 = pass1;
        this.pass2 = pass2;
        this.window = window;
        this.extractor = new FeatureExtractor(clusters, profiles, contextOnly);
        this.contextOnly = contextOnly;
        this.cache = new WordScoreCache(CACHE_WORDS, extractor, pass1, pass2);
        this.net = net;
        this.netMix = pass2.isPresent() ? netMix : 0f;
        this.firstMix = mix.first();
        this.netTransitions = net.isPresent() ? net.get().transitions().clone() : new float[0];
        if (net.isPresent() && this.netMix > 0) {
            float[] t2 = pass2.get().transitions();
            for (int i = 0; i < netTransitions.length; i++) {
                netTransitions[i] += this.netMix * t2[i];
            }
        }
        if (net.isPresent() && firstMix > 0) {
            float[] t1 = pass1.transitions();
            for (int i = 0; i < netTransitions.length; i++) {
                netTransitions[i] += firstMix * t1[i];
            }
        }
    }

    public BioLabels labels() {
        return labels;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public WordClusters clusters() {
        return clusters;
    }

    /** The entity-type profiles of words the model was trained with (empty when none). */
    public WordClusters profiles() {
        return profiles;
    }

    public boolean stacked() {
        return pass2.isPresent();
    }

    int window() {
        return window;
    }

    /** The per-type decoding bias (see the constructor), in label type order. */
    public float[] typeBias() {
        return typeBias.clone();
    }

    /** The same model with another per-type decoding bias (one value per type, in {@link #labels()} order). */
    public NerModel withTypeBias(float[] bias) {
        return new NerModel(labels, gazetteer, clusters, profiles, pass1, pass2, window, bias, false, net,
                new NetMix(netMix, firstMix));
    }

    /** True when a network is the last pass. */
    public boolean hasNetwork() {
        return net.isPresent();
    }

    /** The weight of the second pass's scores added to the network's (0 without a network). */
    public float networkMix() {
        return netMix;
    }

    /** The same model with another weight of the second pass beside the network (see the constructor). */
    public NerModel withNetworkMix(float mix) {
        return withNetworkMix(new NetMix(mix, 0f));
    }

    /** The same model with other weights of the perceptron passes beside the network. */
    public NerModel withNetworkMix(NetMix mix) {
        return new NerModel(labels, gazetteer, clusters, profiles, pass1, pass2, window, typeBias, false, net, mix);
    }

    /** The weights of the perceptron passes' scores added to the network's. */
    public NetMix networkMixes() {
        return new NetMix(netMix, firstMix);
    }

    /** The same model with a network as its last pass (see the constructor). */
    NerModel withNetwork(WindowNet network, float mix) {
        return new NerModel(labels, gazetteer, clusters, profiles, pass1, pass2, window, typeBias, false,
                Optional.of(network), mix);
    }

    /** The same model without its network (the perceptron passes alone). */
    public NerModel withoutNetwork() {
        return new NerModel(labels, gazetteer, clusters, profiles, pass1, pass2, window, typeBias, false,
                Optional.empty(), 0f);
    }

    Optional<WindowNet> network() {
        return net;
    }

    FeatureExtractor extractor() {
        return extractor;
    }

    /** Labels for every token of every sentence of one document. */
    public List<int[]> tag(List<List<Token>> sentences) {
        List<long[][]> feats = new ArrayList<>(sentences.size());
        List<WordScoreCache.Entry[]> words = new ArrayList<>(sentences.size());
        List<int[]> first = new ArrayList<>(sentences.size());
        List<int[]> gazs = new ArrayList<>(sentences.size());
        List<float[][]> firstEm = new ArrayList<>(sentences.size());
        for (List<Token> s : sentences) {
            int n = s.size();
            WordScoreCache.Entry[] e = new WordScoreCache.Entry[n];
            FeatureExtractor.WordFeatures[] wf = new FeatureExtractor.WordFeatures[n];
            float[][] own = new float[n][];
            for (int i = 0; i < n; i++) {
                e[i] = cache.get(s.get(i));
                wf[i] = e[i].features();
                own[i] = e[i].pass1();
            }
            int[] gz = gazetteer.match(s);
            gazs.add(gz);
            long[][] f = extractor.context(s, wf, gz);
            feats.add(f);
            words.add(e);
            float[][] e1 = pass1.emissions(f, own, pass2.isEmpty() ? labelBias : null);
            first.add(LinearTagger.viterbi(labels, e1, pass1.transitions()));
            firstEm.add(e1);
        }
        if (pass2.isEmpty()) {
            return first;
        }
        List<int[]> ctx = StackContext.masks(sentences, first, labels, window);
        List<int[]> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            if (net.isEmpty()) {
                out.add(pass2.get().decode(extractor.stacked(feats.get(i), first.get(i), ctx.get(i)),
                        ownScores(words.get(i)), labelBias));
                continue;
            }
            float[][] em = net.get().emissions(sentences.get(i), gazs.get(i), first.get(i), ctx.get(i));
            float[][] e2 = netMix == 0 ? null : pass2.get().emissions(
                    extractor.stacked(feats.get(i), first.get(i), ctx.get(i)), ownScores(words.get(i)), null);
            float[][] e1 = firstEm.get(i);
            for (int j = 0; j < em.length; j++) {
                for (int y = 0; y < em[j].length; y++) {
                    em[j][y] += labelBias[y] + (firstMix > 0 ? firstMix * e1[j][y] : 0f)
                            + (e2 != null ? netMix * e2[j][y] : 0f);
                }
            }
            out.add(LinearTagger.viterbi(labels, em, netTransitions));
        }
        return out;
    }

    private static float[][] ownScores(WordScoreCache.Entry[] e) {
        float[][] own = new float[e.length][];
        for (int j = 0; j < e.length; j++) {
            own[j] = e[j].pass2();
        }
        return own;
    }

    /** Label names ("B-PERSON" …) for every token of every sentence of one document. */
    public List<List<String>> tagNames(List<List<Token>> sentences) {
        List<List<String>> out = new ArrayList<>();
        for (int[] s : tag(sentences)) {
            List<String> names = new ArrayList<>(s.length);
            for (int y : s) {
                names.add(labels.name(y));
            }
            out.add(names);
        }
        return out;
    }

    public void save(Path file) throws IOException {
        if (contextOnly) {
            throw new IllegalStateException("a context-only tagger is not saved");
        }
        try (OutputStream os = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(labels.types().size());
            for (EntityType t : labels.types()) {
                out.writeUTF(t.name());
            }
            out.writeInt(window);
            gazetteer.write(out);
            clusters.write(out);
            pass1.write(out);
            out.writeBoolean(pass2.isPresent());
            if (pass2.isPresent()) {
                pass2.get().write(out);
            }
            for (float b : typeBias) {
                out.writeFloat(b);
            }
            profiles.write(out);
            out.writeBoolean(net.isPresent());
            if (net.isPresent()) {
                out.writeFloat(netMix);
                out.writeFloat(firstMix);
                net.get().features().vectors().write(out);
                net.get().params().write(out);
            }
        }
    }

    /** Loads a model file written by {@link #save}. */
    public static NerModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** The model shipped with Isnad. */
    public static NerModel loadDefault() {
        try (InputStream in = NerModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shipped NER model " + DEFAULT_RESOURCE + " is missing");
            }
            return read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped NER model: " + e.getMessage(), e);
        }
    }

    private static NerModel read(InputStream raw, String name) throws IOException {
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        } catch (java.util.zip.ZipException e) {
            throw new IOException(name + " is not an Isnad NER model (not gzip)");
        }
        if (in.readInt() != MAGIC) {
            throw new IOException(name + " is not an Isnad NER model");
        }
        int version = in.readInt();
        if (version < 1 || version > VERSION) {
            throw new IOException(name + ": unsupported NER model version " + version);
        }
        int nt = in.readInt();
        if (nt < 1 || nt > 16) {
            throw new IOException(name + ": bad type count " + nt);
        }
        List<EntityType> types = new ArrayList<>();
        for (int i = 0; i < nt; i++) {
            types.add(EntityType.valueOf(in.readUTF()));
        }
        BioLabels labels = new BioLabels(types);
        int window = in.readInt();
        Gazetteer gaz = Gazetteer.read(in);
        WordClusters cl = WordClusters.read(in);
        LinearTagger p1 = LinearTagger.read(in, labels);
        Optional<LinearTagger> p2 = in.readBoolean() ? Optional.of(LinearTagger.read(in, labels)) : Optional.empty();
        float[] bias = new float[nt];
        WordClusters profiles = WordClusters.empty();
        if (version >= 2) {
            for (int i = 0; i < nt; i++) {
                bias[i] = in.readFloat();
                if (!Float.isFinite(bias[i])) {
                    throw new IOException(name + ": bad type bias");
                }
            }
            profiles = WordClusters.read(in);
        }
        Optional<WindowNet> net = Optional.empty();
        float mix = 0;
        float mix1 = 0;
        if (version >= 3 && in.readBoolean()) {
            mix = in.readFloat();
            mix1 = version >= 4 ? in.readFloat() : 0f;
            WordVectors vectors = WordVectors.read(in);
            NetParams params = NetParams.read(in, version >= 5);
            if (params.shape.vdim() != vectors.dim() || params.shape.labels() != labels.size()) {
                throw new IOException(name + ": network does not fit its vectors or labels");
            }
            net = Optional.of(new WindowNet(params, new NetFeatures(vectors, cl, params.shape.buckets())));
        }
        return new NerModel(labels, gaz, cl, profiles, p1, p2, window, bias, false, net, new NetMix(mix, mix1));
    }
}
