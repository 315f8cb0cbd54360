package org.isnad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pretrained word vectors kept small for shipping: 8-bit quantised with one scale per row (a word's vector is
 * {@code scale × byte / 127}), keyed by the word's {@code base} form as {@link ClusterTrainer} learnt them. The
 * network reads the dequantised values both in training and at run time, so a saved model scores exactly as the
 * trained one. Immutable; thread-safe.
 */
public final class WordVectors {
    private final int dim;
    private final Map<String, Integer> rows;
    private final String[] words;
    private final byte[] q;
    private final float[] scale;

    private WordVectors(int dim, String[] words, byte[] q, float[] scale) {
        this.dim = dim;
        this.words = words;
        this.q = q;
        this.scale = scale;
        this.rows = new HashMap<>(words.length * 2);
        for (int i = 0; i < words.length; i++) {
            rows.putIfAbsent(words[i], i);
        }
    }

    /** No vectors at all (dimension 0). */
    public static WordVectors empty() {
        return new WordVectors(0, new String[0], new byte[0], new float[0]);
    }

    /** Quantises the first {@code maxWords} vectors of a file (most frequent words first). */
    public static WordVectors quantize(VectorFile.Vectors v, int maxWords) {
        int n = Math.min(maxWords, v.words().size());
        int d = v.dim();
        byte[] q = new byte[n * d];
        float[] s = new float[n];
        for (int w = 0; w < n; w++) {
            float max = 1e-12f;
            for (int k = 0; k < d; k++) {
                max = Math.max(max, Math.abs(v.vectors()[w * d + k]));
            }
            s[w] = max;
            for (int k = 0; k < d; k++) {
                q[w * d + k] = (byte) Math.round(v.vectors()[w * d + k] / max * 127f);
            }
        }
        return new WordVectors(d, v.words().subList(0, n).toArray(new String[0]), q, s);
    }

    public int dim() {
        return dim;
    }

    public int size() {
        return words.length;
    }

    /** The row of a word's vector, -1 when it has none. */
    int rowOrMinus(String word) {
        Integer r = rows.get(word);
        return r == null ? -1 : r;
    }

    /** Writes {@code factor ×} the dequantised vector of a row into {@code dst[off …]}. */
    void copy(int row, float factor, float[] dst, int off) {
        float f = scale[row] / 127f * factor;
        int base = row * dim;
        for (int k = 0; k < dim; k++) {
            dst[off + k] = q[base + k] * f;
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(dim);
        out.writeInt(words.length);
        for (int w = 0; w < words.length; w++) {
            out.writeUTF(words[w]);
            out.writeFloat(scale[w]);
        }
        out.write(q);
    }

    static WordVectors read(DataInputStream in) throws IOException {
        int d = in.readInt();
        int n = in.readInt();
        if (d < 0 || d > 1000 || n < 0 || n > 2_000_000) {
            throw new IOException("bad word vector table (" + n + " words, dim " + d + ")");
        }
        String[] w = new String[n];
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = in.readUTF();
            s[i] = in.readFloat();
        }
        byte[] q = new byte[n * d];
        in.readFully(q);
        return new WordVectors(d, w, q, s);
    }
}
