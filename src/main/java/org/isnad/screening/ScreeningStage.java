package org.isnad.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Layers;
import org.isnad.model.ScreeningHit;
import org.isnad.names.NameKind;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.Stage;

/**
 * Stage "screening": screens the PERSON and ORG entities of {@link Layers#ENTITIES} (their name and each distinct
 * mention) against the lists of {@link PipelineConfig#watchlists()} plus the lists imported into the store, and
 * fills {@link Layers#SCREENING} with possible matches, best first per entity. Lists are loaded and indexed once
 * when the stage is built (and cached by path across stages). No list → an empty layer.
 *
 * <p>Options: {@code home} (store directory; default $ISNAD_HOME or ~/.isnad), {@code screening.store}
 * ("false" to ignore imported lists), {@code screening.threshold} (default 0.7), {@code screening.top} (default 3),
 * {@code screening.gate} ("false" to report every match over the threshold; by default a match must pass
 * {@link EvidenceGate}: a distinctive part matched well, enough matched weight, the query covered).
 */
public final class ScreeningStage implements Stage {
    private static final int MAX_MENTION_FORMS = 5;
    private final Optional<Screener> screener;
    private final double threshold;
    private final int top;
    private final boolean gate;

    public ScreeningStage(PipelineConfig config) {
        boolean store = !config.option("screening.store").orElse("true").equals("false");
        try {
            List<org.isnad.screening.Watchlist> lists = WatchlistSources.load(config.watchlists(),
                    config.option("home").map(Path::of), store);
            this.screener = lists.isEmpty() ? Optional.empty() : Optional.of(WatchlistSources.screener(lists));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WatchlistException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        this.threshold = Double.parseDouble(config.option("screening.threshold").orElse("0.7"));
        this.top = Integer.parseInt(config.option("screening.top").orElse("3"));
        this.gate = !config.option("screening.gate").orElse("true").equals("false");
    }

    @Override
    public String name() {
        return "screening";
    }

    @Override
    public void process(Document doc) {
        List<ScreeningHit> hits = new ArrayList<>();
        if (screener.isPresent()) {
            for (Entity e : doc.get(Layers.ENTITIES)) {
                if (e.type() == EntityType.PERSON || e.type() == EntityType.ORG) {
                    hits.addAll(screen(doc, e));
                }
            }
        }
        doc.set(Layers.SCREENING, hits);
    }

    private List<ScreeningHit> screen(Document doc, Entity e) {
        NameKind kind = e.type() == EntityType.PERSON ? NameKind.PERSON : NameKind.ORG;
        Set<String> forms = new LinkedHashSet<>();
        forms.add(e.name());
        for (Span s : e.mentions()) {
            if (forms.size() >= MAX_MENTION_FORMS) {
                break;
            }
            if (s.end() <= doc.text().length()) {
                forms.add(doc.text(s).strip());
            }
        }
        Map<String, Candidate> best = new HashMap<>();
        for (String f : forms) {
            for (Candidate c : screener.orElseThrow().screen(f, kind, threshold, top,
                    gate ? EvidenceGate::passes : m -> true)) {
                best.merge(c.list() + "\u0000" + c.reference(), c, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return best.values().stream()
                .sorted(java.util.Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(Candidate::reference))
                .limit(top)
                .map(c -> new ScreeningHit(e.id(), c.list(), c.listDate(), c.reference(), c.name(), c.matchedAlias(),
                        c.score(), c.status(), c.explanation()))
                .toList();
    }
}
