package org.isnad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a document in the store: SHA-256 of its text with line ends unified to {@code \n} and surrounding
 * white space trimmed. Ingesting a text whose hash is already stored is a no-op, whatever its metadata.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String text) {
        String canonical = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
