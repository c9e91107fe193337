package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.service.CaseService;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * Issue 14: two laptops of one officer, both enrolled; the office assigns a case with
 * {@code server cases import}; both laptops receive it, and an edit on one reaches the other.
 * The second laptop's code was made for the officer id as an office clerk may type it, in
 * capitals: kept as typed, the laptop's officer never equalled the one in the assignment.
 */
class SecondLaptopTest {

    @TempDir
    Path court;
    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void anAssignedCaseReachesBothLaptopsOfTheOfficerAndAnEditOnOneReachesTheOther() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(court); Store a = TestStores.open(first, true);
                Store b = TestStores.open(second, false)) {
            String officer = a.settings().get("profile.officerId").orElseThrow();
            b.settings().put("profile.officerId", officer, officer);
            c.enrol(a, officer);
            assertThat(LoopbackCourt.sync(a).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            c.enrol(b, officer.toUpperCase(Locale.ROOT));
            assertThat(LoopbackCourt.sync(b).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);

            UUID assigned = c.assign(officer, "(2026)青2224执301号", "土地承包经营权纠纷");
            assertThat(assigned).isNotNull();

            assertThat(LoopbackCourt.sync(a).pulled()).isEqualTo(1);
            assertThat(LoopbackCourt.sync(b).pulled()).isGreaterThanOrEqualTo(1);
            assertThat(a.cases().find(assigned)).as("first laptop").isPresent();
            EnforcementCase onB = b.cases().find(assigned).orElseThrow(() -> new AssertionError("second laptop"));

            // The second laptop works on it; the court takes the edit and the first laptop receives it.
            EnforcementCase edited = new EnforcementCase(onB.id(), onB.number(), "草场承包经营权纠纷", onB.causeBo(),
                    onB.title(), onB.obligations(), onB.filingDate(), onB.status(), onB.officerIds(), onB.parties(),
                    onB.progress(), onB.demo());
            CaseService.of(b).save(edited, officer);
            SyncSummary pushed = LoopbackCourt.sync(b);
            assertThat(pushed.outcome()).as("%s", new SyncClient(b, java.time.Clock.systemUTC()).refusals())
                    .isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(pushed.pushed()).isEqualTo(1);
            LoopbackCourt.sync(a);
            assertThat(a.cases().find(assigned).orElseThrow().causeZh()).isEqualTo("草场承包经营权纠纷");
        }
    }
}
