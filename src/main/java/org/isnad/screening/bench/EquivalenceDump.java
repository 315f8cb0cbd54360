package org.isnad.screening.bench;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.isnad.names.NameKind;
import org.isnad.screening.Candidate;
import org.isnad.screening.EvidenceGate;
import org.isnad.screening.ScreeningIndex;
import org.isnad.screening.Screener;
import org.isnad.screening.UnScImporter;
import org.isnad.screening.Watchlist;

/**
 * Writes every candidate (reference, list, date, names, score as Java writes the double, status, type, explanation)
 * that a fixed set of queries gets from the speed bench's list (UN + 30,000 synthetic names), so that two builds of
 * the screener can be compared byte for byte ({@code cmp}). Queries: every original-script name of the UN list,
 * UN names as listed and with a letter changed (Latin and Arabic), news-style person names made of ANERGazet
 * person words (some with بن), ANERGazet organisations, a few fixed names, each screened as ANY, PERSON and ORG at
 * four settings (0.5 top 10; 0.7 top 3; 0.7 top 3 with the evidence gate; 0.9 top 1), then the 2,000 speed-bench
 * queries as the bench screens them. Uses only APIs that main has too, so it can be compiled against an older jar:
 * <pre>  java -cp target/isnad.jar org.isnad.screening.bench.EquivalenceDump UN.xml GAZETTEER_DIR OUT</pre>
 */
public final class EquivalenceDump {
    private EquivalenceDump() {
    }

    public static void main(String[] args) throws Exception {
        Path un = Path.of(args.length > 0 ? args[0] : "../shared/data/watchlists/un-sc-consolidated-2024-09-26.xml");
        Path gazetteers = Path.of(args.length > 1 ? args[1] : "../shared/data/gazetteers/anergazet");
        Path out = Path.of(args.length > 2 ? args[2] : "screening-equivalence.txt");
        Watchlist list = new UnScImporter().read(un);
        Random rnd = new Random(42);
        List<String> real = new ArrayList<>();
        list.entries().forEach(e -> e.allNames().forEach(a -> real.add(a.name())));
        Watchlist big = SpeedBench.synthetic(list, real, 30_000, rnd);
        Screener s = new Screener(new ScreeningIndex(List.of(list, big)));
        List<String> speed = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            speed.add(SpeedBench.vary(real.get(rnd.nextInt(real.size())), rnd));
        }
        List<String> qs = queries(list, real, gazetteers);
        int n = 0;
        try (PrintWriter w = new PrintWriter(new OutputStreamWriter(new FileOutputStream(out.toFile()),
                StandardCharsets.UTF_8))) {
            for (String q : qs) {
                for (NameKind k : NameKind.values()) {
                    n += write(w, q, k, s.screen(q, k, 0.5, 10));
                    n += write(w, q, k, s.screen(q, k, 0.7, 3));
                    n += write(w, q, k, s.screen(q, k, 0.7, 3, EvidenceGate::passes));
                    n += write(w, q, k, s.screen(q, k, 0.9, 1));
                }
            }
            for (String q : speed) {
                n += write(w, q, NameKind.ANY, s.screen(q, NameKind.ANY, 0.7, 5));
            }
        }
        System.out.println("queries " + qs.size() + " x 3 kinds x 4 settings + " + speed.size()
                + " speed-bench queries; candidates " + n + "; written to " + out);
    }

    private static int write(PrintWriter w, String q, NameKind k, List<Candidate> cs) {
        w.println("Q\t" + k + "\t" + q + "\t" + cs.size());
        for (Candidate c : cs) {
            w.println(" " + c.reference() + "\t" + c.list() + "\t" + c.listDate() + "\t" + c.name() + "\t"
                    + c.matchedAlias() + "\t" + c.score() + "\t" + c.status() + "\t" + c.type() + "\t"
                    + c.explanation());
        }
        return cs.size();
    }

    private static List<String> queries(Watchlist un, List<String> real, Path gazetteers) throws IOException {
        Random r = new Random(7);
        List<String> arabic = new ArrayList<>();
        un.entries().forEach(e -> e.allNames().filter(a -> a.originalScript()).forEach(a -> arabic.add(a.name())));
        List<String> qs = new ArrayList<>(arabic);
        for (int i = 0; i < 700; i++) {
            qs.add(real.get(r.nextInt(real.size())));
        }
        for (int i = 0; i < 500; i++) {
            qs.add(SpeedBench.vary(real.get(r.nextInt(real.size())), r));
        }
        for (int i = 0; i < 150; i++) {
            qs.add(SpeedBench.vary(arabic.get(r.nextInt(arabic.size())), r));
        }
        List<String> persons = lines(gazetteers.resolve("AlignedPersGazetteer.txt"));
        List<String> orgs = lines(gazetteers.resolve("AlignedOrgGazetteer.txt"));
        for (int i = 0; i < 400; i++) {
            int words = 1 + r.nextInt(4);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < words; j++) {
                sb.append(j > 0 ? (r.nextInt(5) == 0 ? " بن " : " ") : "").append(persons.get(r.nextInt(persons.size())));
            }
            qs.add(sb.toString());
        }
        for (int i = 0; i < 200; i++) {
            qs.add(orgs.get(r.nextInt(orgs.size())));
        }
        qs.addAll(List.of("أبو محمد الجولاني", "Abu Mohammed al-Golani", "هيئة تحرير الشام", "Hay'at Tahrir al-Sham",
                "Muhammad bin Salman", "Salman bin Muhammad", "محمد", "Muhammad", "王小明", "金正恩", "朝鲜联合机械贸易会社",
                "Сергей Лавров", "Jabhat al-Nusrah", "Islamic State of Iraq and the Levant",
                "Al-Qaida in the Arabian Peninsula", "ابو بكر البغدادي", "Osama bin Laden", "Usama Bin Ladin",
                "Ayman al-Zawahiri", "x", "", "  ", "A.B.C.", "Pol Pot", "PolPot"));
        return qs;
    }

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                .filter(x -> !x.isBlank() && !x.startsWith("=")).toList();
    }
}
