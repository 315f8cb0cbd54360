package org.isnad.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.names.CompiledName;
import org.isnad.names.NameKind;
import org.isnad.names.NameMatch;
import org.isnad.names.NameMatcher;
import org.isnad.names.NameParser;
import org.isnad.names.ParsedName;
import org.isnad.names.SimCache;

/**
 * Screens a name against a {@link ScreeningIndex}: blocking keys pick the names worth comparing (each shared key
 * counts by its rarity, keys carried by more than 5% of the names are skipped unless nothing else is shared), the
 * best {@link #SHORTLIST} of them are scored by {@link NameMatcher}, and each entry keeps its best-scoring name.
 * Results are possible matches, best first. Thread-safe.
 */
public final class Screener {
    /** How many blocked names are scored in full. */
    public static final int SHORTLIST = 80;
    /** The default score from which a candidate is reported. */
    public static final double DEFAULT_THRESHOLD = 0.7;

    private static final Candidate NO_CANDIDATE = new Candidate("", "", "", "", "", -1.0,
            org.isnad.model.ListingStatus.LISTED, "", EntryType.OTHER);
    private final ScreeningIndex index;
    private final ThreadLocal<float[]> scratch;
    private final ThreadLocal<SimCache> caches = ThreadLocal.withInitial(SimCache::new);

    public Screener(ScreeningIndex index) {
        this.index = index;
        this.scratch = ThreadLocal.withInitial(() -> new float[index.size()]);
    }

    public ScreeningIndex index() {
        return index;
    }

    /** Candidates scoring at least {@code threshold}, best first, at most {@code top}. */
    public List<Candidate> screen(String query, NameKind kind, double threshold, int top) {
        ParsedName q = NameParser.DEFAULT.parse(query, kind);
        if (q.isEmpty() || index.size() == 0) {
            return List.of();
        }
        Map<WatchlistEntry, Candidate> best = new HashMap<>();
        CompiledName cq = CompiledName.of(q, index.weights());
        SimCache cache = caches.get();
        cache.clear();
        for (int id : shortlist(q, kind)) {
            ScreeningIndex.IndexedName n = index.name(id);
            double score = NameMatcher.score(cq, index.compiled(id), cache);
            if (score < threshold || score <= best.getOrDefault(n.entry(), NO_CANDIDATE).score()) {
                continue;
            }
            NameMatch m = NameMatcher.compare(cq, index.compiled(id));
            Candidate c = candidate(n, m);
            best.merge(n.entry(), c, (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<Candidate> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::reference));
        return out.size() > top ? List.copyOf(out.subList(0, top)) : out;
    }

    private static Candidate candidate(ScreeningIndex.IndexedName n, NameMatch m) {
        Alias a = n.alias();
        String via = a.quality() == AliasQuality.NONE && a.name().equals(n.entry().name()) ? "primary name"
                : "alias" + (a.quality() == AliasQuality.NONE ? "" : " (" + a.quality().label() + ")")
                + (a.originalScript() ? " in original script" : "");
        String why = String.format(Locale.ROOT, "possible match via %s: %s", via, m.explanation());
        return new Candidate(n.entry().reference(), n.list().id(), n.list().version(), n.entry().name(), a.name(),
                m.score(), n.entry().status(), why, n.entry().type());
    }

    private int[] shortlist(ParsedName q, NameKind kind) {
        float[] acc = scratch.get();
        int n = index.size();
        var keys = BlockingKeys.of(q);
        boolean anyRare = keys.stream().anyMatch(k -> index.posting(k).length > 0 && index.posting(k).length <= n / 20);
        int[] touched = new int[64];
        int count = 0;
        for (String k : keys) {
            int[] ids = index.posting(k);
            if (ids.length == 0 || (anyRare && ids.length > n / 20)) {
                continue;
            }
            float idf = (float) Math.log(1.0 + (double) n / ids.length);
            for (int id : ids) {
                if (acc[id] == 0f) {
                    if (count == touched.length) {
                        touched = java.util.Arrays.copyOf(touched, count * 2);
                    }
                    touched[count++] = id;
                }
                acc[id] += idf;
            }
        }
        // keep the SHORTLIST best compatible names: a min-heap of (score bits << 32 | id)
        long[] heap = new long[SHORTLIST];
        int size = 0;
        for (int t = 0; t < count; t++) {
            int id = touched[t];
            if (!compatible(kind, index.name(id).entry().type())) {
                continue;
            }
            long item = ((long) Float.floatToIntBits(acc[id]) << 32) | id;
            if (size < SHORTLIST) {
                heap[size++] = item;
                siftUp(heap, size - 1);
            } else if (item > heap[0]) {
                heap[0] = item;
                siftDown(heap, size);
            }
        }
        for (int t = 0; t < count; t++) {
            acc[touched[t]] = 0f;
        }
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = (int) heap[i];
        }
        return out;
    }

    private static void siftUp(long[] h, int i) {
        while (i > 0 && h[(i - 1) / 2] > h[i]) {
            long t = h[i];
            h[i] = h[(i - 1) / 2];
            h[(i - 1) / 2] = t;
            i = (i - 1) / 2;
        }
    }

    private static void siftDown(long[] h, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < size && h[l] < h[m]) {
                m = l;
            }
            if (r < size && h[r] < h[m]) {
                m = r;
            }
            if (m == i) {
                return;
            }
            long t = h[i];
            h[i] = h[m];
            h[m] = t;
            i = m;
        }
    }

    private static boolean compatible(NameKind kind, EntryType type) {
        return switch (kind) {
            case ANY -> true;
            case PERSON -> type == EntryType.INDIVIDUAL;
            case ORG -> type != EntryType.INDIVIDUAL;
        };
    }
}
