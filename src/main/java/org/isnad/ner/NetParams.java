package org.isnad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;

/**
 * The weights of {@link WindowNet}, as flat float arrays (row-major), shared by the network and its trainer.
 * Per token the input is {@code x = [vector; Σ sparse embeddings]} of {@link Shape#inputs()} values; each of the
 * {@link Shape#slots()} window slots has its own first-layer matrix over x and its own vectors for the contextual
 * inputs (gazetteer bits, first-pass label, document-context bits) and for a slot beyond the sentence edge.
 */
final class NetParams {
    /**
     * Sizes of the network.
     *
     * @param vdim    pretrained vector size (0 without vectors)
     * @param edim    sparse-feature embedding size
     * @param hidden  hidden units
     * @param buckets hashed sparse-feature ids
     * @param labels  output labels (BIO)
     * @param slots   window slots (2 × words each side + 1)
     * @param stacked reads the first pass's labels and the document context
     * @param lstm    units per direction of a bidirectional LSTM over the sentence (0 = none); with one,
     *                {@code hidden} is {@code 8 × lstm}: the first layer gives the gates' inputs of both directions
     */
    record Shape(int vdim, int edim, int hidden, int buckets, int labels, int slots, boolean stacked, int lstm) {
        static final int GAZ_BITS = 32;
        static final int CTX_BITS = 4;

        Shape {
            if (lstm < 0 || lstm > 0 && hidden != 8 * lstm) {
                throw new IllegalArgumentException("an LSTM of " + lstm + " units needs " + 8 * lstm + " inputs");
            }
        }

        /** A window network without an LSTM. */
        Shape(int vdim, int edim, int hidden, int buckets, int labels, int slots, boolean stacked) {
            this(vdim, edim, hidden, buckets, labels, slots, stacked, 0);
        }

        /** Values the output layer reads per token: the hidden layer, or both LSTM directions' states. */
        int outputs() {
            return lstm > 0 ? 2 * lstm : hidden;
        }

        int inputs() {
            return vdim + edim;
        }

        int pass1Labels() {
            return labels + 1; // + "no first pass"
        }
    }

    final Shape shape;
    final float[] emb;    // buckets × edim
    final float[] w;      // SLOTS × hidden × inputs
    final float[] gaz;    // SLOTS × GAZ_BITS × hidden
    final float[] lab;    // SLOTS × pass1Labels × hidden
    final float[] ctx;    // SLOTS × CTX_BITS × hidden
    final float[] pad;    // SLOTS × hidden
    final float[] b1;     // hidden
    final float[] rec;    // with an LSTM: 2 directions × lstm (from) × 4 gates × lstm (to): recurrent weights
    final float[] u;      // labels × outputs
    final float[] b2;     // labels
    final float[] trans;  // (labels + 1) × labels, last row = sentence start
    private float[] rowScale; // after quantizeEmbeddings: per embedding row, value = byte × scale (0 = empty row)

    NetParams(Shape s) {
        this.shape = s;
        int h = s.hidden();
        emb = new float[s.buckets() * s.edim()];
        w = new float[s.slots() * h * s.inputs()];
        gaz = new float[s.slots() * Shape.GAZ_BITS * h];
        lab = new float[s.slots() * s.pass1Labels() * h];
        ctx = new float[s.slots() * Shape.CTX_BITS * h];
        pad = new float[s.slots() * h];
        b1 = new float[h];
        rec = new float[2 * 4 * s.lstm() * s.lstm()];
        u = new float[s.labels() * s.outputs()];
        b2 = new float[s.labels()];
        trans = new float[(s.labels() + 1) * s.labels()];
    }

    /** The arrays in a fixed order (for optimisers and I/O); {@link #emb} first. */
    float[][] all() {
        return new float[][] {emb, w, gaz, lab, ctx, pad, b1, rec, u, b2, trans};
    }

    /**
     * Glorot-uniform first and output layers; zero embeddings, biases and transitions. With an LSTM, uniform
     * ±1/√units recurrent weights and a forget-gate bias of 1 (gates in the order input, forget, cell, output).
     */
    void init(Random rnd) {
        int h = shape.hidden();
        float s1 = (float) Math.sqrt(6.0 / (shape.slots() * shape.inputs() + h));
        for (float[] a : new float[][] {w, gaz, lab, ctx, pad}) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (rnd.nextFloat() * 2 - 1) * s1;
            }
        }
        int n = shape.lstm();
        float sr = n == 0 ? 0 : (float) (1 / Math.sqrt(n));
        for (int i = 0; i < rec.length; i++) {
            rec[i] = (rnd.nextFloat() * 2 - 1) * sr;
        }
        for (int dir = 0; dir < 2 && n > 0; dir++) {
            java.util.Arrays.fill(b1, dir * 4 * n + n, dir * 4 * n + 2 * n, 1f);
        }
        float s2 = (float) Math.sqrt(6.0 / (shape.outputs() + shape.labels()));
        for (int i = 0; i < u.length; i++) {
            u[i] = (rnd.nextFloat() * 2 - 1) * s2;
        }
    }

    /** Copies every weight of another network of the same shape. */
    void copyFrom(NetParams o) {
        float[][] a = all();
        float[][] b = o.all();
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(b[i], 0, a[i], 0, a[i].length);
        }
    }

    /**
     * Rounds every embedding row to 8 bits with one scale per row (the form it is saved in), so that a trained
     * network scores exactly as its saved copy.
     */
    void quantizeEmbeddings() {
        int d = shape.edim();
        rowScale = new float[shape.buckets()];
        for (int r = 0; r < shape.buckets(); r++) {
            float max = maxAbs(r);
            if (max == 0) {
                continue;
            }
            float sc = max / 127f;
            rowScale[r] = sc;
            for (int k = 0; k < d; k++) {
                emb[r * d + k] = Math.round(emb[r * d + k] / sc) * sc;
            }
        }
    }

    private float maxAbs(int r) {
        int d = shape.edim();
        float max = 0;
        for (int k = 0; k < d; k++) {
            max = Math.max(max, Math.abs(emb[r * d + k]));
        }
        return max;
    }

    /** Writes the network; quantises its embeddings first if that was not done (see {@link #quantizeEmbeddings}). */
    void write(DataOutputStream out) throws IOException {
        if (rowScale == null) {
            quantizeEmbeddings();
        }
        out.writeInt(shape.vdim());
        out.writeInt(shape.edim());
        out.writeInt(shape.hidden());
        out.writeInt(shape.buckets());
        out.writeInt(shape.labels());
        out.writeInt(shape.slots());
        out.writeBoolean(shape.stacked());
        out.writeInt(shape.lstm());
        int d = shape.edim();
        int used = 0;
        for (int r = 0; r < shape.buckets(); r++) {
            used += rowScale[r] != 0 ? 1 : 0;
        }
        out.writeInt(used);
        for (int r = 0; r < shape.buckets(); r++) {
            if (rowScale[r] != 0) {
                out.writeInt(r);
                out.writeFloat(rowScale[r]);
                for (int k = 0; k < d; k++) {
                    out.writeByte(Math.round(emb[r * d + k] / rowScale[r]));
                }
            }
        }
        float[][] a = all();
        for (int i = 1; i < a.length; i++) {
            for (float f : a[i]) {
                out.writeFloat(f);
            }
        }
    }


    /** @param withLstm the file has the LSTM size field (model format 5 on) */
    static NetParams read(DataInputStream in, boolean withLstm) throws IOException {
        int vdim = in.readInt();
        int edim = in.readInt();
        int hidden = in.readInt();
        int buckets = in.readInt();
        int labels = in.readInt();
        int slots = in.readInt();
        boolean stacked = in.readBoolean();
        int lstm = withLstm ? in.readInt() : 0;
        if (lstm < 0 || lstm > 512 || lstm > 0 && hidden != 8 * lstm) {
            throw new IOException("bad LSTM size");
        }
        if (vdim < 0 || vdim > 1000 || edim < 0 || edim > 1000 || hidden < 1 || hidden > 4096
                || buckets < 1 || buckets > (1 << 24) || labels < 1 || labels > 64 || slots < 1 || slots > 15 || slots % 2 == 0) {
            throw new IOException("bad network shape");
        }
        NetParams p = new NetParams(new Shape(vdim, edim, hidden, buckets, labels, slots, stacked, lstm));
        p.rowScale = new float[buckets];
        int used = in.readInt();
        if (used < 0 || used > buckets) {
            throw new IOException("bad embedding row count " + used);
        }
        for (int i = 0; i < used; i++) {
            int r = in.readInt();
            if (r < 0 || r >= buckets) {
                throw new IOException("bad embedding row " + r);
            }
            float sc = in.readFloat();
            if (!(sc > 0) || !Float.isFinite(sc)) {
                throw new IOException("bad embedding scale");
            }
            p.rowScale[r] = sc;
            for (int k = 0; k < edim; k++) {
                p.emb[r * edim + k] = in.readByte() * sc;
            }
        }
        float[][] a = p.all();
        for (int i = 1; i < a.length; i++) {
            for (int k = 0; k < a[i].length; k++) {
                a[i][k] = in.readFloat();
                if (!Float.isFinite(a[i][k])) {
                    throw new IOException("non-finite network weight");
                }
            }
        }
        return p;
    }
}
