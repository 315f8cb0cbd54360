package org.isnad.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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
    private final Map<String, int[]> postings = new HashMap<>();
    private final PartWeights weights;
    private final PartTable parts = new PartTable();
    private final CompiledName[] compiled;
    private final EntryType[] types;

    /** Indexes every name of {@code lists} that {@code include} accepts. */
    public ScreeningIndex(List<Watchlist> lists, Predicate<Alias> include) {
        this.lists = List.copyOf(lists);
        Map<String, List<Integer>> keys = new HashMap<>();
        List<List<ParsedName>> byEntry = new ArrayList<>();
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
                    entryNames.add(p);
                    for (String k : BlockingKeys.of(p)) {
                        keys.computeIfAbsent(k, x -> new ArrayList<>()).add(id);
                    }
                });
                byEntry.add(entryNames);
            }
        }
        keys.forEach((k, ids) -> postings.put(k, ids.stream().mapToInt(Integer::intValue).distinct().toArray()));
        this.weights = PartWeights.fromEntries(byEntry);
        this.compiled = new CompiledName[names.size()];
        this.types = new EntryType[names.size()];
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

    public PartWeights weights() {
        return weights;
    }

    /** The ids of the names sharing a blocking key, or an empty array. */
    int[] posting(String key) {
        return postings.getOrDefault(key, EMPTY);
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
