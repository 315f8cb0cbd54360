package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.isnad.screening.bench.NameBench;
import org.junit.jupiter.api.Test;

/** Quality floors on the shared benchmarks (no timing): the numbers themselves live in docs/bench/screening.md. */
class BenchmarkRegressionTest {
    @Test
    void nameBenchF1StaysAboveLogicV2() throws Exception {
        List<NameBench.Scored> rows = NameBench.score(SharedData.require(SharedData.CASES),
                SharedData.require(SharedData.LOGIC_V2));
        NameBench.Prf isnad = NameBench.prf(rows, 0.7, false);
        NameBench.Prf peer = NameBench.prf(rows.stream().filter(r -> !Double.isNaN(r.logicV2())).toList(), 0.7, true);
        assertTrue(isnad.f1() >= 0.84, "isnad F1 " + isnad.f1());
        assertTrue(isnad.f1() > peer.f1(), "isnad " + isnad.f1() + " vs logic-v2 " + peer.f1());
    }

    @Test
    void unSelfRetrievalAtLeast97Percent() throws Exception {
        var un = SharedData.require(SharedData.UN);
        Watchlist list = new UnScImporter().read(un);
        Map<String, String> queries = org.isnad.screening.bench.SelfRetrievalBench.arabicOriginalNamesForTest(un);
        ScreeningIndex latin = new ScreeningIndex(List.of(list),
                a -> !a.originalScript() && !org.isnad.names.Scripts.isArabic(a.name()));
        double rate = org.isnad.screening.bench.SelfRetrievalBench.rateForTest(new Screener(latin), queries);
        assertTrue(rate >= 0.97, "self-retrieval " + rate);
    }
}
