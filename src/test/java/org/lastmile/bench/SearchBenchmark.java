package org.lastmile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.store.open.Store;
import org.lastmile.domain.cases.CaseHeader;
import org.lastmile.domain.cases.CaseListOrder;
import org.lastmile.domain.cases.CaseListQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case search over 100,000 generated cases (budget: 30 ms p95). As the case list calls it:
 * {@code matches} (every match, in no order, from the full-text indexes alone) and
 * {@code listSearch} (the same, then the list's count and first block of rows). As the
 * command line calls it: {@code searchPage} (the newest 200 matches, its default) and
 * {@code searchAll} (every match, newest filing first). The baseline of the same run: a plain
 * {@code LIKE '%…%'} scan of the case documents. Queries: two-character Chinese words (耕地, 草场),
 * a Chinese name, a case-number fragment, a Tibetan name in Tibetan script and the same in Wylie
 * (which the LIKE scan cannot find: the documents hold no Wylie).
 *
 * <p>{@code scripts/bench Search} (the data directory is generated once into
 * {@code target/bench-search/}, which takes a couple of minutes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
public class SearchBenchmark {

    static final int CASES = 100_000;

    @Param({"耕地", "草场", "扎西东珠", "青2224执", "བཀྲ་ཤིས", "bkra shis"})
    public String query;

    private Store store;

    @Setup(Level.Trial)
    public void open() throws Exception {
        Path dir = Path.of("target/bench-search/data-" + CASES);
        boolean fresh = !Files.exists(dir.resolve("lastmile.db"));
        store = Wiring.system().openStore(dir, false);
        if (fresh || store.cases().count() < CASES) {
            CaseGenerator.fill(store, (int) (CASES - store.cases().count()), 2027L);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
    }

    /** What the case list asks: the row numbers of every match, in no order. */
    @Benchmark
    public long[] matches() {
        return store.search().matches(query);
    }

    /**
     * What the case list does with a query, short of drawing: the matches, then their count and
     * first block of 100 rows from the list's table ({@code CaseListViewModel.search}, {@code reload}).
     */
    @Benchmark
    public int listSearch() {
        CaseListQuery q = new CaseListQuery(null, store.search().matches(query), CaseListOrder.FILED, false);
        return store.cases().listWindow().count(q) + store.cases().listWindow().rows(q, 0, 100).size();
    }

    /** What {@code lastmile cases search} asks: every match, ordered. */
    @Benchmark
    public List<UUID> searchAll() {
        return store.search().search(query, CASES);
    }

    /** What {@code lastmile cases search} asks by default: the newest 200 matches. */
    @Benchmark
    public List<UUID> searchPage() {
        return store.search().search(query, 200);
    }

    /** Baseline: a LIKE scan of every case document, every match. */
    @Benchmark
    public List<String> likeScan() {
        return store.database().read(tx -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT id FROM cases WHERE doc LIKE ? ORDER BY filing_date DESC, case_number")) {
                s.setString(1, "%" + query + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            return ids;
        });
    }
}
