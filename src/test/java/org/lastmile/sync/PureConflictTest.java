package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.server.store.Entities;
import org.lastmile.service.CaseService;
import org.lastmile.store.open.Store;

/**
 * Issue 14, the pure-conflict gap: the office and the field change the same field, and the court's
 * change reaches the laptop while the field's edit is still unanswered (the officer saved during a
 * sync, between its push and its pull). The court keeps the office's value and reports the
 * conflict; no newer change comes down. Before the fix the laptop kept its own value under the
 * court's version number, so its next edit of any other field was taken "straight on" and carried
 * the field's value over the office's, silently.
 */
class PureConflictTest {

    @TempDir
    Path court;
    @TempDir
    Path laptop;

    @Test
    void afterAPureConflictTheNextEditDoesNotCarryTheFieldsValueOverTheOffices() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(court); Store a = c.enrolledLaptop(laptop)) {
            String officer = LoopbackCourt.officer(a);
            UUID id = c.assign(officer, "(2026)青2224执501号", "草场承包经营权纠纷");
            LoopbackCourt.sync(a);

            c.officeEdit(id, k -> Cases.withCause(k, "草场承包经营权纠纷（法院）", k.causeBo()));
            // the officer saves his own cause while a sync runs, after its push and before its pull
            CourtLink link = new CourtLinkDelegate(link(a)) {
                private boolean saved;

                @Override
                public PullPage pull(long cursor, int limit) throws CourtFault {
                    if (!saved) {
                        saved = true;
                        CaseService.of(a).save(Cases.withCause(a.cases().find(id).orElseThrow(), "草场纠纷（现场）",
                                a.cases().find(id).orElseThrow().causeBo()), officer);
                    }
                    return super.pull(cursor, limit);
                }
            };
            SyncEngine.of(a, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run, SyncEngine.Limits.standard())
                    .run(link);
            SyncSummary answered = LoopbackCourt.sync(a);
            assertThat(answered.conflicts()).as("the field's edit meets the office's").isPositive();
            assertThat(courtCause(c, id)).isEqualTo("草场承包经营权纠纷（法院）");
            assertThat(a.cases().find(id).orElseThrow().causeZh()).as("the laptop shows the court's value")
                    .isEqualTo("草场承包经营权纠纷（法院）");
            assertThat(new SyncClient(a, Clock.systemUTC()).conflicts()).as("the field's value waits for a person")
                    .anyMatch(o -> o.value().local() != null && o.value().local().contains("草场纠纷（现场）"));

            // the next edit, of another field, goes straight on without taking the office's value back
            CaseService.of(a).save(Cases.withCause(a.cases().find(id).orElseThrow(),
                    a.cases().find(id).orElseThrow().causeZh(), "རྩོད་གཞི"), officer);
            LoopbackCourt.sync(a);
            assertThat(courtCause(c, id)).as("the office's value stays until a person decides")
                    .isEqualTo("草场承包经营权纠纷（法院）");
            assertThat(c.server.db().transaction(conn -> Entities.find(conn, "case", id.toString())).orElseThrow()
                    .payload()).contains("རྩོད་གཞི");
            assertThat(a.cases().find(id).orElseThrow().causeZh()).isEqualTo("草场承包经营权纠纷（法院）");
        }
    }

    private static String courtCause(LoopbackCourt c, UUID id) {
        String payload = c.server.db().transaction(conn -> Entities.find(conn, "case", id.toString())).orElseThrow()
                .payload();
        return payload.replaceAll(".*\"cause_zh\":\"([^\"]*)\".*", "$1");
    }

    private static CourtLink link(Store store) {
        Enrolment e = new SyncState(store.database()).enrolment().orElseThrow();
        return new HttpCourtLink(CourtTls.client(e.caPem(), SyncClient.CONNECT_TIMEOUT), e, SyncClient.REQUEST_TIMEOUT,
                Clock.systemUTC());
    }
}
