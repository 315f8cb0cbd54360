package org.isnad.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.isnad.names.BoundedCache;
import org.isnad.names.CompiledName;
import org.isnad.names.NameKind;
import org.isnad.names.NameParser;
import org.isnad.names.ParsedName;
import org.isnad.names.PartTable;
import org.isnad.names.PartWeights;

/**
 * Every name of one or more lists, parsed once, with part weights counted over those lists and a blocking index
 * from {@link BlockingKeys} to the names carrying them. Immutable after construction and thread-safe; build it
 * once per set of lists.
 */
public final class ScreeningIndex {
    /** One indexed name: the entry it belongs to (with its list) and the alias it is. */
    public record IndexedName(Watchlist list, WatchlistEntry entry, Alias alias, ParsedName parsed) {
    }

    private final List<Watchlist> lists;
    private final List<IndexedName> names = new ArrayList<>();
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final int[][] postings;
    /** For each name, the ids of its blocking keys, ascending. */
    private final int[][] keysOf;
    private final PartWeights weights;
    private final PartTable parts = new PartTable();
    private final CompiledName[] compiled;
    private final EntryType[] types;
    /** For each name, the ordinal of its entry over all lists. */
    private final int[] entryOf;

    /** Indexes every name of {@code lists} that {@code include} accepts. */
    public ScreeningIndex(List<Watchlist> lists, Predicate<Alias> include) {
        this.lists = List.copyOf(lists);
        List<List<Integer>> keys = new ArrayList<>();
        List<int[]> nameKeys = new ArrayList<>();
        List<List<ParsedName>> byEntry = new ArrayList<>();
        List<Integer> entryIds = new ArrayList<>();
        for (Watchlist l : lists) {
            for (WatchlistEntry e : l.entries()) {
                NameKind kind = e.type() == EntryType.INDIVIDUAL ? NameKind.PERSON : NameKind.ORG;
                List<ParsedName> entryNames = new ArrayList<>();
                e.allNames().filter(include).forEach(a -> {
                    ParsedName p = NameParser.DEFAULT.parse(a.name(), kind);
                    if (p.isEmpty()) {
                        return;
                    }
                    int id = names.size();
                    names.add(new IndexedName(l, e, a, p));
                    entryIds.add(byEntry.size());
                    entryNames.add(p);
                    Set<String> ks = BlockingKeys.of(p);
                    int[] ids = new int[ks.size()];
                    int i = 0;
                    for (String k : ks) {
                        int kid = keyIds.computeIfAbsent(k, x -> keys.size());
                        if (kid == keys.size()) {
                            keys.add(new ArrayList<>());
                        }
                        keys.get(kid).add(id);
                        ids[i++] = kid;
                    }
                    Arrays.sort(ids);
                    nameKeys.add(ids);
                });
                byEntry.add(entryNames);
            }
        }
        this.postings = new int[keys.size()][];
        for (int k = 0; k < postings.length; k++) {
            postings[k] = keys.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        this.keysOf = nameKeys.toArray(new int[0][]);
        this.weights = PartWeights.fromEntries(byEntry);
        this.compiled = new CompiledName[names.size()];
        this.types = new EntryType[names.size()];
        this.entryOf = entryIds.stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = CompiledName.of(names.get(i).parsed(), weights, parts);
            types[i] = names.get(i).entry().type();
        }
    }

    public ScreeningIndex(List<Watchlist> lists) {
        this(lists, a -> true);
    }

    public List<Watchlist> lists() {
        return lists;
    }

    public int size() {
        return names.size();
    }

    public IndexedName name(int id) {
        return names.get(id);
    }

    /** Name {@code id} compiled with this index's weights and part ids. */
    public CompiledName compiled(int id) {
        return compiled[id];
    }

    /** The type of the entry name {@code id} belongs to. */
    EntryType type(int id) {
        return types[id];
    }

    /** The ordinal of the entry name {@code id} belongs to (names of one entry share it). */
    int entryOf(int id) {
        return entryOf[id];
    }

    public PartWeights weights() {
        return weights;
    }

    /** The ids of the names sharing a blocking key, ascending, or an empty array. */
    int[] posting(String key) {
        Integer k = keyIds.get(key);
        return k == null ? EMPTY : postings[k];
    }

    /** The id of a blocking key, or -1 if no name has it. */
    int keyId(String key) {
        return keyIds.getOrDefault(key, -1);
    }

    /** Coarse skeletons met by queries, most kept at once (emptied when full). */
    private static final int SKELETON_CACHE = 50_000;
    private final BoundedCache<String, int[]> keyIdsBySkeleton = new BoundedCache<>(SKELETON_CACHE, this::lookUpKeyIds);

    /**
     * The ids of the keys of one coarse skeleton ({@link BlockingKeys#keysOf}) that some name carries, in key
     * order, cached: a query's keys are found per skeleton of its parts ({@link BlockingKeys#sources}).
     */
    int[] keyIdsOf(String coarse) {
        return keyIdsBySkeleton.get(coarse);
    }

    private int[] lookUpKeyIds(String coarse) {
        return BlockingKeys.keysOf(coarse).stream().mapToInt(this::keyId).filter(k -> k >= 0).toArray();
    }

    /** The names carrying key {@code keyId}, ascending. */
    int[] posting(int keyId) {
        return postings[keyId];
    }

    /** The key ids of name {@code id}, ascending. */
    int[] keysOf(int id) {
        return keysOf[id];
    }

    private static final int[] EMPTY = new int[0];

    /** Key frequencies, for tests and diagnostics. */
    int postingSize(String key) {
        return posting(key).length;
    }

    static int[] copy(int[] a) {
        return Arrays.copyOf(a, a.length);
    }
}
