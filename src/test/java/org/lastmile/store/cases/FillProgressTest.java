package org.lastmile.store.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.bench.CaseGenerator;
import org.lastmile.domain.court.CourtTable;
import io.bdrc.ewtsconverter.EwtsConverter;
import org.lastmile.store.IntegrityCheck;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * The one-time fill of the case list's table on a real file migrated from V5 reports its progress:
 * cases done never go back, the total is the file's case count (counted with SQL on the old file),
 * and the last report is the total; a fill cut short goes on from where it was and says so.
 */
class FillProgressTest {

    @TempDir
    Path dir;

    private Path old;
    private long casesInFile;

    @BeforeEach
    void aFileFromBeforeV7() throws Exception {
        Path current = dir.resolve("current");
        try (Store store = TestStores.open(current, true)) {
            CaseGenerator.fill(store, 1_300, 7);
        }
        old = dir.resolve("old");
        Path file = V5Files.copy(current, old);
        casesInFile = V5Files.count(file, "SELECT count(*) FROM cases");
        assertThat(casesInFile).as("demo cases and generated ones").isGreaterThan(1_300);
    }

    @Test
    void theListenerHearsMonotoneProgressEndingAtTheTotal() {
        List<long[]> heard = new ArrayList<>();
        try (Store store = open((done, total) -> heard.add(new long[] {done, total}))) {
            assertThat(store.cases().list().unfilled()).isFalse();
        }
        assertThat(heard).as("a report before the first batch and after each of the three").hasSizeGreaterThanOrEqualTo(4);
        assertThat(heard).allSatisfy(r -> assertThat(r[1]).isEqualTo(casesInFile));
        assertThat(heard.get(0)[0]).isZero();
        for (int i = 1; i < heard.size(); i++) {
            assertThat(heard.get(i)[0]).as("report %d", i).isGreaterThanOrEqualTo(heard.get(i - 1)[0]);
        }
        assertThat(heard.get(heard.size() - 1)[0]).isEqualTo(casesInFile);
    }

    @Test
    void aFillCutShortGoesOnWhereItStoppedAndReportsThat() throws Exception {
        RuntimeException cut = new RuntimeException("cut after the first batch");
        assertThatThrownBy(() -> open((done, total) -> {
            if (done > 0) {
                throw cut; // the first batch is committed, the rest is not done: as a kill there
            }
        }).close()).isSameAs(cut);
        assertThat(V5Files.count(old.resolve(org.lastmile.store.Database.FILE_NAME), "SELECT count(*) FROM case_list"))
                .isEqualTo(CaseListTable.FILL_BATCH);

        List<long[]> heard = new ArrayList<>();
        try (Store store = open((done, total) -> heard.add(new long[] {done, total}))) {
            assertThat(store.cases().list().unfilled()).isFalse();
            assertThat(store.cases().list().headers()).isEqualTo(store.cases().headers());
        }
        assertThat(heard.get(0)).containsExactly(CaseListTable.FILL_BATCH, casesInFile);
        assertThat(heard.get(heard.size() - 1)).containsExactly(casesInFile, casesInFile);
    }

    private Store open(FillProgress progress) {
        EwtsConverter ewts = new EwtsConverter();
        return Store.open(old, TestStores.CLOCK, TestStores.ZONE, CourtTable.shipped(), ewts::toWylie, true,
                IntegrityCheck.ON_OPEN, progress);
    }
}
