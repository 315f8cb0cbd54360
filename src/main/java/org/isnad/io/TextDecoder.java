package org.isnad.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text file into a string, detecting the encoding: a byte-order mark (UTF-8, UTF-16 LE/BE)
 * first, then strict UTF-8, then Windows-1256 when decoding with it yields mostly Arabic letters. Binary data (NUL
 * bytes, many control characters), empty input and bytes that fit none of these encodings are refused with a
 * {@link BadInputException}. Stateless and thread-safe.
 */
public final class TextDecoder {
    /** Windows-1256, the Arabic code page much older Arabic web text still uses. */
    public static final Charset CP1256 = Charset.forName("windows-1256");
    /** Share of non-ASCII characters that must be Arabic letters for Windows-1256 to be accepted. */
    static final double MIN_ARABIC_SHARE = 0.7;
    private static final int SNIFF = 64 * 1024;

    private TextDecoder() {
    }

    /** A decoded text and the name of the encoding that was used. */
    public record Decoded(String text, String charset) {
    }

    /** Decodes {@code bytes[0, length)}. */
    public static Decoded decode(byte[] bytes, int length) throws BadInputException {
        return decode(bytes, length, Optional.empty());
    }

    /**
     * Decodes {@code bytes[0, length)}; {@code declared} is a charset the container declared (an HTML meta tag),
     * tried after the byte-order mark and strict UTF-8.
     */
    public static Decoded decode(byte[] bytes, int length, Optional<Charset> declared) throws BadInputException {
        if (length == 0) {
            throw new BadInputException("empty input");
        }
        Decoded d = decodeBom(bytes, length);
        if (d == null) {
            checkNotBinary(bytes, length);
            d = tryDecode(bytes, 0, length, StandardCharsets.UTF_8);
            if (d == null && declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
                d = tryDecode(bytes, 0, length, declared.get());
            }
            if (d == null) {
                d = tryCp1256(bytes, length);
            }
            if (d == null) {
                throw new BadInputException("undecodable: not UTF-8, UTF-16 with a byte-order mark, or Windows-1256 "
                        + "Arabic text");
            }
        }
        checkText(d.text());
        return d;
    }

    /** Refuses a decoded text that is blank or looks binary. */
    public static void checkText(String text) throws BadInputException {
        if (text.isBlank()) {
            throw new BadInputException("empty input (only white space)");
        }
        int controls = 0;
        int n = Math.min(text.length(), SNIFF);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new BadInputException("binary data (NUL characters)");
            }
            if (isBinaryControl(c)) {
                controls++;
            }
        }
        if (controls > Math.max(8, n / 100)) {
            throw new BadInputException("binary data (" + controls + " control characters)");
        }
    }

    private static Decoded decodeBom(byte[] b, int len) throws BadInputException {
        if (len >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0
                || len >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            throw new BadInputException("UTF-32 text is not supported; convert it to UTF-8");
        }
        if (len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return require(tryDecode(b, 3, len - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (len >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return require(tryDecode(b, 2, len - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (len >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return require(tryDecode(b, 2, len - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        return null;
    }

    private static Decoded require(Decoded d, String name) throws BadInputException {
        if (d == null) {
            throw new BadInputException("undecodable: invalid " + name + " after its byte-order mark");
        }
        return d;
    }

    private static void checkNotBinary(byte[] b, int len) throws BadInputException {
        int n = Math.min(len, SNIFF);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                throw new BadInputException("binary data (NUL bytes)");
            }
            if (c < 0x20 && isBinaryControl((char) c)) {
                controls++;
            }
        }
        if (controls > Math.max(8, n / 100)) {
            throw new BadInputException("binary data (" + controls + " control bytes)");
        }
    }

    /** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL. */
    private static boolean isBinaryControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' || c == 0x7F;
    }

    private static Decoded tryDecode(byte[] b, int off, int len, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            // Fast path: the JDK's decoder replaces malformed input with U+FFFD; without one, the input was valid.
            String s = new String(b, off, len, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') < 0) {
                return new Decoded(s, cs.name());
            }
        }
        try {
            CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, off, len));
            return new Decoded(cb.toString(), cs.name());
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded tryCp1256(byte[] b, int len) {
        Decoded d = tryDecode(b, 0, len, CP1256);
        if (d == null) {
            return null;
        }
        String s = d.text();
        int nonAscii = 0;
        int arabic = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
                if (c >= '\u0621' && c <= '\u064A' || c == '\u060C' || c == '\u061B' || c == '\u061F') {
                    arabic++;
                }
            }
        }
        return nonAscii > 0 && arabic >= MIN_ARABIC_SHARE * nonAscii ? d : null;
    }
}
