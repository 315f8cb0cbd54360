package org.isnad.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.model.Attribution;

/**
 * The attribution chain of a claim: its own attribution first, then each attribution through which that source is
 * known ({@code parent}), up to the outermost. An attribution that {@code continues} an earlier one without its own
 * parent takes the earlier one's parent. Cycles and chains over {@value #MAX_LINKS} links are cut.
 */
public final class SourceChain {
    static final int MAX_LINKS = 12;

    private final Map<String, Attribution> byId = new HashMap<>();

    public SourceChain(List<Attribution> attributions) {
        for (Attribution a : attributions) {
            byId.put(a.id(), a);
        }
    }

    public Optional<Attribution> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The chain from the given attribution outwards; empty when the id is unknown. */
    public List<Attribution> chain(String id) {
        List<Attribution> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Attribution a = byId.get(id);
        while (a != null && seen.add(a.id()) && out.size() < MAX_LINKS) {
            out.add(a);
            a = parentOf(a, seen).orElse(null);
        }
        return out;
    }

    private Optional<Attribution> parentOf(Attribution a, Set<String> seen) {
        if (a.parent().isPresent()) {
            return get(a.parent().get());
        }
        Attribution c = a;
        Set<String> visited = new HashSet<>(seen);
        while (c.continues().isPresent()) {
            c = byId.get(c.continues().get());
            if (c == null || !visited.add(c.id())) {
                return Optional.empty();
            }
            if (c.parent().isPresent()) {
                return get(c.parent().get());
            }
        }
        return Optional.empty();
    }
}
