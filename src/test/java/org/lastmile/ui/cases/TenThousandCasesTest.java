package org.lastmile.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.bench.CaseGenerator;
import org.lastmile.domain.cases.CaseHeader;
import org.lastmile.domain.cases.CaseListOrder;
import org.lastmile.domain.cases.CaseListQuery;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.service.CaseService;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;

/**
 * The lazy case list over a real SQLite file of 10,000 generated cases (plus the 8 demo cases),
 * without a screen: the rows at any position are those the cases table gives in the same order
 * (read here from the cases table, not the list's own), a walk through every row keeps only a few
 * blocks in memory, and every order and filter of the list reads its page from an index.
 */
@ExtendWith(FxThread.class)
class TenThousandCasesTest {

    @TempDir
    static Path dir;
    static UiFixture fx;
    /** Every case's header from the cases table (not from case_list), newest filing first. */
    static List<CaseHeader> headers;
    CaseListViewModel model;

    @BeforeAll
    static void generate() {
        fx = new UiFixture(dir);
        CaseGenerator.fill(fx.store, 10_000, 18L);
        headers = fx.store.cases().headers();
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @BeforeEach
    void open() {
        model = new CaseListViewModel(new CaseListLoader(CaseService.of(fx.store), fx.engine, fx.today),
                CaseService.of(fx.store), fx.background, fx.updates);
        model.load();
    }

    @Test
    void everyPositionShowsTheCaseTheCasesTableHasThere() {
        assertThat(headers).hasSize(10_008);
        assertThat(model.rows()).hasSize(10_008);
        assertThat(model.totalProperty().get()).isEqualTo(10_008);
        for (int i : new int[] {0, 1, 99, 100, 101, 4_321, 9_999, 10_007}) {
            CaseRow row = model.rows().get(i);
            assertThat(row.isPending()).as("row %d", i).isFalse();
            assertThat(row.id()).as("row %d", i).isEqualTo(headers.get(i).id());
            assertThat(row.isLoaded()).isTrue();
        }
    }

    @Test
    void walkingThroughEveryRowKeepsOnlyAFewBlocksInMemory() {
        int n = model.rows().size();
        CaseRow previous = null;
        for (int i = 0; i < n; i++) {
            CaseRow row = model.rows().get(i);
            assertThat(row.isPending()).isFalse();
            if (previous != null) {
                assertThat(row.filingDate()).isBeforeOrEqualTo(previous.filingDate());
            }
            previous = row;
        }
        assertThat(model.rowsInMemory()).hasSizeLessThanOrEqualTo(CaseWindowRows.KEPT * CaseWindowRows.BLOCK);
        // The first block was dropped on the way; reading it again gives the same case.
        assertThat(model.rows().get(0).id()).isEqualTo(headers.get(0).id());
    }

    @Test
    void sortedByNameOrCountdownEveryRowIsReadAndOnlyAFewBlocksStay() {
        for (CaseListOrder order : new CaseListOrder[] {CaseListOrder.APPLICANT, CaseListOrder.URGENCY}) {
            model.orderProperty().set(new CaseListViewModel.Order(order, true));
            int n = model.rows().size();
            assertThat(n).isEqualTo(10_008);
            java.util.Set<java.util.UUID> seen = new java.util.HashSet<>();
            for (int i = 0; i < n; i++) {
                CaseRow row = model.rows().get(i);
                assertThat(row.isPending()).as("%s row %d", order, i).isFalse();
                seen.add(row.id());
            }
            assertThat(seen).as(order.name()).hasSize(10_008);
            assertThat(model.rowsInMemory()).hasSizeLessThanOrEqualTo(CaseWindowRows.KEPT * CaseWindowRows.BLOCK);
        }
    }

    @Test
    void theStatusFilterCountsWhatTheCasesTableHas() {
        for (CaseStatus status : CaseStatus.values()) {
            long expected = headers.stream().filter(h -> h.status() == status).count();
            model.statusProperty().set(status);
            assertThat(model.shownCountProperty().get()).as(status.name()).isEqualTo((int) expected);
            assertThat(model.rows()).hasSize((int) expected);
            if (expected > 0) {
                assertThat(model.rows().get((int) expected - 1).status()).isEqualTo(status);
            }
        }
    }

    @Test
    void aSearchFindsWhatTheStoreSearchFinds() {
        long[] found = fx.store.search().matches("草场");
        assertThat(found.length).isGreaterThan(CaseWindowRows.BLOCK);
        model.queryProperty().set("草场");
        assertThat(model.shownCountProperty().get()).isEqualTo(found.length);
        assertThat(model.rows().get(found.length - 1).isPending()).isFalse();
    }

    @Test
    void everyOrderAndTheStatusFilterReadTheirPageFromAnIndex() {
        for (CaseListOrder order : CaseListOrder.values()) {
            for (boolean reversed : new boolean[] {false, true}) {
                for (CaseStatus status : new CaseStatus[] {null, CaseStatus.SUSPENDED}) {
                    List<String> plan = fx.store.cases().listWindow()
                            .plan(new CaseListQuery(status, order.given() ? new long[] {1, 2} : null, order, reversed));
                    if (order.given()) {
                        // Countdown and names: the page's row numbers looked up by key, no scan, no sort.
                        assertThat(plan).as("%s %s %s", order, reversed, status)
                                .noneMatch(step -> step.contains("TEMP B-TREE") || step.startsWith("SCAN case_list"))
                                .anyMatch(step -> step.contains("PRIMARY KEY"));
                        continue;
                    }
                    assertThat(plan).as("%s %s %s", order, reversed, status)
                            .noneMatch(step -> step.contains("TEMP B-TREE"))
                            .anyMatch(step -> step.contains("USING INDEX") || step.contains("USING COVERING INDEX"));
                }
            }
        }
    }
}
