package org.isnad.names;

/**
 * The consonant skeleton of one cleaned word, the project's common ground between Arabic script and the many Latin
 * transliterations of it (Muhammad / Mohammed / Mohamed / محمد all give {@code MHMD}). Vowels, ʿayn and hamza are
 * dropped; Latin digraphs (sh, kh, gh, th, dh…) become one symbol; doubled consonants collapse (but not two equal
 * consonants with a vowel between them: Janan gives JNN, not JN).
 *
 * <p>Symbols: B (b p پ), T (t ت ط), 0 (th ث), D (d د), 9 (dh ذ ظ ض — d, dh or z in Latin), Z (z ز ژ), S (s س ص), C (sh ch ش چ), J (j ج),
 * G (g gh غ گ), K (k c ك), Q (q ق), X (kh خ), H (h ح ه), W (w و), Y (y ي), F (f ph ف), V (v ڤ), L, M, N, R, digits.
 * A final ه is dropped, because the matching fold cannot tell it from ة (Hamza/Hamzah/حمزة).
 * {@link #coarse} merges the symbols that transliterations confuse most, for blocking.
 */
public final class Skeleton {
    private Skeleton() {
    }

    /** The skeleton of a cleaned word in Arabic script or lower-case ASCII. */
    public static String of(String word) {
        return Scripts.isArabic(word) ? arabic(word) : latin(word);
    }

    static String arabic(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char s = switch (c) {
                case 'ب', 'پ' -> 'B';
                case 'ت', 'ط' -> 'T';
                case 'ث' -> '0';
                case 'ج' -> 'J';
                case 'ح' -> 'H';
                case 'خ' -> 'X';
                case 'د' -> 'D';
                case 'ذ', 'ظ', 'ض' -> '9';
                case 'ر' -> 'R';
                case 'ز', 'ژ' -> 'Z';
                case 'س', 'ص' -> 'S';
                case 'ش', 'چ' -> 'C';
                case 'غ', 'گ' -> 'G';
                case 'ف' -> 'F';
                case 'ڤ' -> 'V';
                case 'ق' -> 'Q';
                case 'ك' -> 'K';
                case 'ل' -> 'L';
                case 'م' -> 'M';
                case 'ن' -> 'N';
                case 'ه' -> i == w.length() - 1 ? 0 : 'H';
                case 'و' -> 'W';
                case 'ي' -> 'Y';
                default -> c >= '0' && c <= '9' ? c : 0;
            };
            append(sb, s);
        }
        return finish(sb);
    }

    static String latin(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            char s;
            if (next == 'h' && "sckgtdzp".indexOf(c) >= 0) {
                s = switch (c) {
                    case 's', 'c' -> 'C';
                    case 'k' -> 'X';
                    case 'g' -> 'G';
                    case 't' -> '0';
                    case 'd' -> '9';
                    case 'z' -> 'Z';
                    default -> 'F';
                };
                i++;
            } else if (c == 'd' && next == 'j') {
                s = 'J';
                i++;
            } else {
                s = switch (c) {
                    case 'i' -> i > 0 && isVowel(next) ? 'Y' : 0;
                    case 'a', 'e', 'o', 'u' -> 0;
                    case 'b', 'p' -> 'B';
                    case 't' -> 'T';
                    case 'd' -> 'D';
                    case 'z' -> 'Z';
                    case 's' -> 'S';
                    case 'j' -> 'J';
                    case 'g' -> 'G';
                    case 'k' -> 'K';
                    case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K';
                    case 'q' -> 'Q';
                    case 'x' -> i == 0 ? 'S' : 'X';
                    case 'h' -> i == n - 1 && i > 0 && isVowel(w.charAt(i - 1)) ? 0 : 'H';
                    case 'w' -> 'W';
                    case 'y' -> 'Y';
                    case 'f' -> 'F';
                    case 'v' -> 'V';
                    case 'l' -> 'L';
                    case 'm' -> 'M';
                    case 'n' -> 'N';
                    case 'r' -> 'R';
                    default -> c >= '0' && c <= '9' ? c : 0;
                };
            }
            append(sb, s);
        }
        return finish(sb);
    }

    /**
     * The blocking key alphabet: W, Y, H dropped; J G K Q X → K; T D → T; Z S C → S; F V → F. The two symbols
     * that transliterations write either way, 0 (th/s) and 9 (dh/d/z), stay as they are: {@code BlockingKeys}
     * expands them to both T and S.
     */
    public static String coarse(String skeleton) {
        StringBuilder sb = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            char k = switch (c) {
                case 'W', 'Y', 'H' -> 0;
                case 'J', 'G', 'K', 'Q', 'X' -> 'K';
                case 'T', 'D' -> 'T';
                case 'Z', 'S', 'C' -> 'S';
                case 'F', 'V' -> 'F';
                default -> c;
            };
            if (k != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != k)) {
                sb.append(k);
            }
        }
        return sb.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Appends a symbol unless it repeats the last one; a vowel (0) between two equal symbols keeps both. */
    private static void append(StringBuilder sb, char s) {
        int n = sb.length();
        if (s == 0) {
            if (n > 0 && sb.charAt(n - 1) != SEP) {
                sb.append(SEP);
            }
        } else if (n == 0 || sb.charAt(n - 1) != s) {
            sb.append(s);
        }
    }

    private static final char SEP = '.';

    private static String finish(StringBuilder sb) {
        StringBuilder out = new StringBuilder(sb.length());
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c != SEP) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
