package org.isnad.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.isnad.model.Certainty;
import org.isnad.model.SourceType;
import org.isnad.store.ActorInfo;
import org.isnad.store.PublishedDay;
import org.isnad.store.StoreReader;

/**
 * Builds a {@link SearchQuery} from user-given filter strings (command line or HTTP query), checking each:
 * unknown source types, certainties, kinds or malformed dates are errors with a one-line message.
 */
public final class SearchFilters {
    /** Claims in the outlet's own voice carry this source type in the index. */
    public static final String OUTLET = "OUTLET";
    private static final Set<String> SOURCE_TYPES = Arrays.stream(SourceType.values()).map(Enum::name)
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    private static final Set<String> CERTAINTIES = Arrays.stream(Certainty.values()).map(Enum::name)
            .collect(Collectors.toSet());

    private SearchFilters() {
    }

    /**
     * @param entity an entity name (folded, matched against canonical names) or {@code #ID} for an actor id
     * @throws IllegalArgumentException on a bad filter value
     */
    public static SearchQuery build(String text, Optional<String> kind, Optional<String> entity,
                                    Optional<String> sourceType, Optional<String> certainty, Optional<String> from,
                                    Optional<String> to, Optional<String> outlet, int limit, StoreReader reader) {
        kind.ifPresent(k -> {
            if (!k.equals("doc") && !k.equals("claim")) {
                throw new IllegalArgumentException("kind must be doc or claim, not '" + k + "'");
            }
        });
        Optional<String> st = sourceType.map(s -> s.toUpperCase(java.util.Locale.ROOT));
        st.ifPresent(s -> {
            if (!SOURCE_TYPES.contains(s) && !s.equals(OUTLET)) {
                throw new IllegalArgumentException("unknown source type '" + s + "'; known: "
                        + String.join(",", SOURCE_TYPES) + "," + OUTLET);
            }
        });
        Optional<String> ce = certainty.map(s -> s.toUpperCase(java.util.Locale.ROOT));
        ce.ifPresent(s -> {
            if (!CERTAINTIES.contains(s)) {
                throw new IllegalArgumentException("unknown certainty '" + s + "'; known: ASSERTED,REPORTED,HEDGED,DENIED");
            }
        });
        List<Long> actors = List.of();
        if (entity.isPresent()) {
            String e = entity.get().strip();
            if (e.startsWith("#")) {
                try {
                    actors = List.of(Long.parseLong(e.substring(1)));
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException("entity id must be #NUMBER, not '" + e + "'");
                }
            } else {
                actors = reader.findActors(e, 50).stream().map(ActorInfo::id).toList();
                if (actors.isEmpty()) {
                    actors = List.of(-1L);
                }
            }
        }
        return new SearchQuery(text, kind, actors, st, ce, from.map(SearchFilters::day), to.map(SearchFilters::day),
                outlet, limit);
    }

    static int day(String s) {
        try {
            return PublishedDay.day(LocalDate.parse(s.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date must be YYYY-MM-DD, not '" + s + "'");
        }
    }
}
