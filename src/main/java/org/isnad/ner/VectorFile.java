package org.isnad.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word vectors as a gzip'd binary file: a magic number, the word count and the dimension, then per word its
 * spelling (modified UTF-8) and {@code dim} floats. Written by {@link ClusterTrainer} (most frequent words first),
 * read by the NER trainer to build the network's word table.
 */
public final class VectorFile {
    private static final int MAGIC = 0x56454331; // "VEC1"
    private static final int MAX_WORDS = 2_000_000;

    private VectorFile() {
    }

    /** Word vectors in file order: {@code vectors} holds {@code words.size() × dim} floats, row-major. */
    public record Vectors(List<String> words, int dim, float[] vectors) {
    }

    public static void write(Path file, List<String> words, int dim, float[] vectors) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(file)), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(words.size());
            out.writeInt(dim);
            for (int w = 0; w < words.size(); w++) {
                out.writeUTF(words.get(w));
                for (int k = 0; k < dim; k++) {
                    out.writeFloat(vectors[w * dim + k]);
                }
            }
        }
    }

    public static Vectors read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file)), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + ": not an Isnad vector file");
            }
            int n = in.readInt();
            int dim = in.readInt();
            if (n < 0 || n > MAX_WORDS || dim < 1 || dim > 1000) {
                throw new IOException(file + ": bad header (" + n + " words, dim " + dim + ")");
            }
            String[] words = new String[n];
            float[] v = new float[n * dim];
            for (int w = 0; w < n; w++) {
                words[w] = in.readUTF();
                for (int k = 0; k < dim; k++) {
                    v[w * dim + k] = in.readFloat();
                }
            }
            return new Vectors(List.of(words), dim, v);
        }
    }
}
