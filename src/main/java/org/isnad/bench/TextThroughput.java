package org.isnad.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.isnad.io.BadInputException;
import org.isnad.io.TextDecoder;
import org.isnad.text.Sentence;
import org.isnad.text.SentenceSplitter;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;

/**
 * Single-thread throughput of Isnad's text layer (decode + normalise + tokenise with clitic analysis + split
 * sentences) side by side with Lucene's {@link ArabicAnalyzer} consuming every token, and with
 * {@link BreakIterator} word iteration as a ceiling. Each contender decodes the same UTF-8 bytes first. Contenders
 * are run in turns (warm-up rounds, then measured rounds), and the median round is reported in MB of UTF-8 input per
 * second of process CPU time — "per core", and robust on a loaded machine where wall-clock rounds are stretched by
 * other processes — next to the wall-clock median.
 */
public final class TextThroughput {
    /**
     * One contender's result: MB of UTF-8 input per second of process CPU time (all JVM threads, so garbage
     * collection counts against the contender that allocates), median and best round, and the median by wall clock.
     */
    public record Result(String name, double medianMbPerSecond, double bestMbPerSecond, double medianWallMbPerSecond,
                         int rounds, long checksum) {
    }

    private final byte[][] docs;
    private final long bytes;

    /**
     * @param text     the benchmark text
     * @param docBytes 0 to process the text as one document; otherwise it is cut at line ends into documents of
     *                 about this many UTF-8 bytes (a news article is 2–10 KB), each processed on its own
     */
    public TextThroughput(String text, int docBytes) {
        List<byte[]> parts = new ArrayList<>();
        if (docBytes <= 0) {
            parts.add(text.getBytes(StandardCharsets.UTF_8));
        } else {
            int from = 0;
            long size = 0;
            for (int i = 0; i < text.length(); i++) {
                size += text.charAt(i) < 0x80 ? 1 : 2;
                if (text.charAt(i) == '\n' && size >= docBytes || i == text.length() - 1) {
                    parts.add(text.substring(from, i + 1).getBytes(StandardCharsets.UTF_8));
                    from = i + 1;
                    size = 0;
                }
            }
        }
        this.docs = parts.toArray(new byte[0][]);
        long n = 0;
        for (byte[] d : docs) {
            n += d.length;
        }
        this.bytes = n;
    }

    public long bytes() {
        return bytes;
    }

    public int documents() {
        return docs.length;
    }

    /** Runs every contender for about {@code seconds} each (after a warm-up of a third of that). */
    public List<Result> run(double seconds) {
        Map<String, ToLongFunction<byte[]>> contenders = new LinkedHashMap<>();
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        contenders.put("isnad (decode+normalise+tokenise+clitics+sentences)", b -> isnad(b, tokenizer, splitter));
        contenders.put("isnad tokens only (decode+normalise+tokenise+clitics)",
                b -> tokenizer.tokenize(decode(b)).size());
        ArabicAnalyzer lucene = new ArabicAnalyzer();
        contenders.put("lucene ArabicAnalyzer (decode+all tokens)", b -> lucene(b, lucene));
        contenders.put("lucene ArabicAnalyzer, tokens kept (term+offsets)", b -> luceneKept(b, lucene));
        contenders.put("java.text.BreakIterator words (decode+boundaries)", TextThroughput::breakIterator);
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, List<Double>> wallRates = new LinkedHashMap<>();
        contenders.keySet().forEach(k -> wallRates.put(k, new ArrayList<>()));
        Map<String, Long> checks = new LinkedHashMap<>();
        contenders.keySet().forEach(k -> rates.put(k, new ArrayList<>()));
        long warmEnd = System.nanoTime() + (long) (seconds / 3 * 1e9 * contenders.size());
        while (System.nanoTime() < warmEnd) {
            contenders.values().forEach(c -> all(c));
        }
        // Rounds long enough (up to 1 s of CPU) that the process CPU clock's granularity (10 ms) does not matter.
        Map<String, Integer> passes = new LinkedHashMap<>();
        for (Map.Entry<String, ToLongFunction<byte[]>> c : contenders.entrySet()) {
            long t0 = cpuNanos();
            all(c.getValue());
            all(c.getValue());
            double pass = Math.max(1e-3, (cpuNanos() - t0) / 2e9);
            passes.put(c.getKey(), (int) Math.max(1, Math.ceil(Math.min(1.0, seconds / 4) / pass)));
        }
        long end = System.nanoTime() + (long) (seconds * 1e9 * contenders.size());
        int rounds = 0;
        while (rounds < 3 || System.nanoTime() < end) {
            for (Map.Entry<String, ToLongFunction<byte[]>> c : contenders.entrySet()) {
                int k = passes.get(c.getKey());
                long cpu0 = cpuNanos();
                long t0 = System.nanoTime();
                long check = 0;
                for (int p = 0; p < k; p++) {
                    check = all(c.getValue());
                }
                long t1 = System.nanoTime();
                long cpu1 = cpuNanos();
                rates.get(c.getKey()).add(k * bytes / 1e6 / (Math.max(1, cpu1 - cpu0) / 1e9));
                wallRates.get(c.getKey()).add(k * bytes / 1e6 / ((t1 - t0) / 1e9));
                checks.put(c.getKey(), check);
            }
            rounds++;
        }
        lucene.close();
        List<Result> out = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : rates.entrySet()) {
            List<Double> r = new ArrayList<>(e.getValue());
            r.sort(null);
            List<Double> w = new ArrayList<>(wallRates.get(e.getKey()));
            w.sort(null);
            out.add(new Result(e.getKey(), r.get(r.size() / 2), r.get(r.size() - 1), w.get(w.size() / 2), r.size(),
                    checks.get(e.getKey())));
        }
        return out;
    }

    /** CPU time of the whole JVM process (falls back to wall time where the platform does not tell). */
    private static long cpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            long t = os.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return System.nanoTime();
    }

    private long all(ToLongFunction<byte[]> contender) {
        long check = 0;
        for (byte[] d : docs) {
            check += contender.applyAsLong(d);
        }
        return check;
    }

    static long isnad(byte[] bytes, Tokenizer tokenizer, SentenceSplitter splitter) {
        String text = decode(bytes);
        List<Token> tokens = tokenizer.tokenize(text);
        List<Sentence> sentences = splitter.split(text, tokens);
        return tokens.size() * 31L + sentences.size();
    }

    static long lucene(byte[] bytes, ArabicAnalyzer analyzer) {
        String text = decode(bytes);
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                n += term.length() > 0 ? 1 : 0;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /** A kept Lucene token: what a pipeline built on Lucene would have to hold for later stages. */
    private record KeptToken(String term, int start, int end) {
    }

    static long luceneKept(byte[] bytes, ArabicAnalyzer analyzer) {
        String text = decode(bytes);
        List<KeptToken> kept = new ArrayList<>(text.length() / 5);
        try (TokenStream ts = analyzer.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                kept.add(new KeptToken(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kept.size();
    }

    static long breakIterator(byte[] bytes) {
        String text = decode(bytes);
        BreakIterator it = BreakIterator.getWordInstance(new Locale("ar"));
        it.setText(text);
        long n = 0;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            n++;
        }
        return n;
    }

    private static String decode(byte[] bytes) {
        try {
            return TextDecoder.decode(bytes, bytes.length).text();
        } catch (BadInputException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
