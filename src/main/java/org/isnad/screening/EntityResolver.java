package org.isnad.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.isnad.model.EntityType;
import org.isnad.names.NameKind;
import org.isnad.names.NameMatcher;
import org.isnad.names.NamePart;
import org.isnad.names.NameParser;
import org.isnad.names.ParsedName;
import org.isnad.names.PartRole;
import org.isnad.names.PartWeights;

/**
 * Gives mentions of the same real-world actor, across documents and scripts, one canonical id, using the same name
 * model and matcher as screening:
 * <ol>
 *   <li>if a screener is given and the name is a possible match at or above {@link #LIST_THRESHOLD} for a list
 *       entry, the id is that entry's: {@code "wl:UN-SC:QDe.137"} — so «هيئة تحرير الشام», "Hay’at Tahrir al-Sham"
 *       and "Al-Nusrah Front" share one id;</li>
 *   <li>otherwise, if a name resolved before (by this resolver) matches at or above {@link #MERGE_THRESHOLD} with
 *       the same type, its id;</li>
 *   <li>otherwise a new id from {@link #nameKey}: the type and the coarse skeletons of the name's parts, so that
 *       "Abu Muhammad al-Jawlani", "Abu Mohammed al-Golani" and «أبو محمد الجولاني» all give
 *       {@code "person:abu-mt.kln"}.</li>
 * </ol>
 * {@link #nameKey} is a pure function (stable across runs); {@link #resolve} keeps the names it has seen and is
 * synchronised, so one resolver can serve a store that ingests many reports.
 */
public final class EntityResolver {
    public static final double LIST_THRESHOLD = 0.9;
    public static final double MERGE_THRESHOLD = 0.9;

    /** A resolved actor: its canonical id, type and every name seen for it, first one first. */
    public record Actor(String id, EntityType type, List<String> names) {
    }

    private final Optional<Screener> screener;
    private final List<Actor> actors = new ArrayList<>();
    private final List<ParsedName> parsed = new ArrayList<>();

    public EntityResolver(Optional<Screener> screener) {
        this.screener = screener;
    }

    /** The canonical id of {@code name} as an entity of {@code type}, remembering the name under that id. */
    public synchronized String resolve(EntityType type, String name) {
        NameKind kind = kind(type);
        if (screener.isPresent()) {
            List<Candidate> hits = screener.get().screen(name, kind, LIST_THRESHOLD, 1);
            if (!hits.isEmpty()) {
                return remember(type, name, "wl:" + hits.get(0).list() + ":" + hits.get(0).reference(), null);
            }
        }
        ParsedName p = NameParser.DEFAULT.parse(name, kind);
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            if (a.type() == type && parsed.get(i) != null
                    && NameMatcher.compare(p, parsed.get(i), PartWeights.PRIOR).score() >= MERGE_THRESHOLD) {
                return remember(type, name, a.id(), null);
            }
        }
        return remember(type, name, nameKey(type, name), p);
    }

    /** Every actor resolved so far. */
    public synchronized List<Actor> actors() {
        return List.copyOf(actors);
    }

    private String remember(EntityType type, String name, String id, ParsedName p) {
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            if (a.id().equals(id)) {
                if (!a.names().contains(name)) {
                    List<String> names = new ArrayList<>(a.names());
                    names.add(name);
                    actors.set(i, new Actor(id, type, names));
                }
                return id;
            }
        }
        actors.add(new Actor(id, type, List.of(name)));
        parsed.add(p != null ? p : NameParser.DEFAULT.parse(name, kind(type)));
        return id;
    }

    /** The transliteration-insensitive key of a name: "person:abu-mt.kln" (type, then one coarse key a part). */
    public static String nameKey(EntityType type, String name) {
        ParsedName p = NameParser.DEFAULT.parse(name, kind(type));
        StringBuilder sb = new StringBuilder(type.name().toLowerCase(Locale.ROOT)).append(':');
        boolean first = true;
        for (NamePart part : p.parts()) {
            if (part.role() == PartRole.PARTICLE || part.role() == PartRole.LEGAL) {
                continue;
            }
            sb.append(first ? "" : ".");
            if (part.role() == PartRole.KUNYA) {
                sb.append("abu-");
            }
            sb.append(part.coarse().isEmpty() ? part.key() : part.coarse().toLowerCase(Locale.ROOT));
            first = false;
        }
        return sb.toString();
    }

    private static NameKind kind(EntityType type) {
        return type == EntityType.PERSON ? NameKind.PERSON : type == EntityType.ORG ? NameKind.ORG : NameKind.ANY;
    }
}
