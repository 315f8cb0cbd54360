package org.isnad.ner;

/** 64-bit FNV-1a hashes of feature templates and their string values; stable across runs and machines. */
final class FeatureHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    static long of(int template) {
        return mix(OFFSET, template);
    }

    static long of(int template, CharSequence v) {
        return chars(mix(OFFSET, template), v);
    }

    /** The same hash as {@code of(template, s.subSequence(from, to))}, without making the substring. */
    static long of(int template, String s, int from, int to) {
        return chars(mix(OFFSET, template), s, from, to);
    }

    static long of(int template, CharSequence a, CharSequence b) {
        return chars(mix(chars(mix(OFFSET, template), a), 0x1F), b);
    }

    static long of(int template, int v) {
        return mix(mix(OFFSET, template), v);
    }

    static long of(int template, int a, int b) {
        return mix(mix(mix(OFFSET, template), a), b);
    }

    static long mix(long h, int v) {
        for (int k = 0; k < 4; k++) {
            h ^= (v >>> (8 * k)) & 0xFF;
            h *= PRIME;
        }
        return h;
    }

    static long chars(long h, CharSequence s) {
        return chars(h, s, 0, s.length());
    }

    static long chars(long h, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            h ^= c & 0xFF;
            h *= PRIME;
            h ^= c >>> 8;
            h *= PRIME;
        }
        return h;
    }
}
