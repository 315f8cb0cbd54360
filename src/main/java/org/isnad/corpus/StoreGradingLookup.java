package org.isnad.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Claim;
import org.isnad.model.Entity;
import org.isnad.model.Layers;
import org.isnad.profile.CorroborationLookup;
import org.isnad.store.CanonicalKeys;
import org.isnad.store.ClaimRow;
import org.isnad.store.Corroboration;
import org.isnad.store.StoreCorroboration;
import org.isnad.store.StoreReader;

/**
 * Answers the profile stage's {@link CorroborationLookup} from the store while a document is analysed: the stored
 * claims about the same actors that match the claim's content, plus the claim's own source when it is not already
 * among them. At least 1.
 */
public final class StoreGradingLookup implements CorroborationLookup {
    private final StoreCorroboration corroboration;
    private final StoreReader reader;
    private final CanonicalKeys keys;

    public StoreGradingLookup(StoreCorroboration corroboration, StoreReader reader, CanonicalKeys keys) {
        this.corroboration = corroboration;
        this.reader = reader;
        this.keys = keys;
    }

    @Override
    public int independentSources(Document doc, Claim claim) {
        List<String> about = new ArrayList<>();
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : doc.get(Layers.ENTITIES)) {
            byId.put(e.id(), e);
            for (Span m : e.mentions()) {
                if (claim.span().contains(m)) {
                    about.add(keys.key(e.type(), e.name()));
                    break;
                }
            }
        }
        if (about.isEmpty()) {
            return 1;
        }
        Corroboration c = corroboration.forText(doc.text(claim.span()), about);
        Optional<Long> ownActor = claim.attribution()
                .flatMap(a -> doc.get(Layers.ATTRIBUTIONS).stream().filter(x -> x.id().equals(a)).findFirst())
                .flatMap(a -> a.source().entity()).map(byId::get)
                .flatMap(e -> reader.actorByKey(keys.key(e.type(), e.name())));
        boolean ownCounted = false;
        if (ownActor.isPresent()) {
            for (String key : c.carriers()) {
                int slash = key.indexOf('/');
                Optional<ClaimRow> row = reader.claim(Long.parseLong(key.substring(0, slash)), key.substring(slash + 1));
                if (row.flatMap(ClaimRow::sourceActorId).equals(ownActor)) {
                    ownCounted = true;
                    break;
                }
            }
        }
        return Math.max(1, c.independentSources() + (ownCounted ? 0 : 1));
    }
}
