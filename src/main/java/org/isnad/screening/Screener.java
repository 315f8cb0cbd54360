package org.isnad.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.names.NameKind;
import org.isnad.names.NameMatch;
import org.isnad.names.NameMatcher;
import org.isnad.names.NameParser;
import org.isnad.names.ParsedName;

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

    private final ScreeningIndex index;
    private final ThreadLocal<float[]> scratch;

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
        for (int id : shortlist(q, kind)) {
            ScreeningIndex.IndexedName n = index.name(id);
            NameMatch m = NameMatcher.compare(q, n.parsed(), index.weights());
            if (m.score() < threshold) {
                continue;
            }
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
        List<Integer> touched = new ArrayList<>();
        int n = index.size();
        var keys = BlockingKeys.of(q);
        boolean anyRare = keys.stream().anyMatch(k -> index.posting(k).length > 0 && index.posting(k).length <= n / 20);
        for (String k : keys) {
            int[] ids = index.posting(k);
            if (ids.length == 0 || (anyRare && ids.length > n / 20)) {
                continue;
            }
            float idf = (float) Math.log(1.0 + (double) n / ids.length);
            for (int id : ids) {
                if (acc[id] == 0f) {
                    touched.add(id);
                }
                acc[id] += idf;
            }
        }
        List<Integer> kept = new ArrayList<>(touched.size());
        for (int id : touched) {
            if (compatible(kind, index.name(id).entry().type())) {
                kept.add(id);
            }
        }
        kept.sort((a, b) -> Float.compare(acc[b], acc[a]));
        int m = Math.min(SHORTLIST, kept.size());
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = kept.get(i);
        }
        for (int id : touched) {
            acc[id] = 0f;
        }
        return out;
    }

    private static boolean compatible(NameKind kind, EntryType type) {
        return switch (kind) {
            case ANY -> true;
            case PERSON -> type == EntryType.INDIVIDUAL;
            case ORG -> type != EntryType.INDIVIDUAL;
        };
    }
}
