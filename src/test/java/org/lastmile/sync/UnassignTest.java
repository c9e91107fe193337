package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.server.EmbeddedPostgresCheck;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.Sequencer;
import org.lastmile.service.CaseService;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * Issue 14: the office takes a case away from an officer (hands it to another, or takes him off).
 * His laptop is told through the pull feed and shows the case handed over, read-only; what it made
 * on the case before it knew still reaches the court; what it sends after it stored the notice is
 * refused for a person; the new officer gets the case and its records; assigned back, the case is
 * editable again. Real court on loopback TLS, real SQLite laptops; the court on SQLite (with a
 * restart between the office's change and the laptop's sync) and on PostgreSQL.
 */
class UnassignTest {

    private static final String NUMBER = "(2026)青2224执731号";

    @TempDir
    Path tmp;

    @Test
    void handedToAnotherOfficerOnSqliteAcrossACourtRestart() throws Exception {
        Path dir = tmp.resolve("court");
        try (Store a = laptop("a"); Store b = laptop("b")) {
            Officers o = new Officers(a, b);
            UUID caseId;
            SiteRecord queued;
            try (LoopbackCourt c = new LoopbackCourt(dir, null)) {
                caseId = assignedAndQueued(c, a, b, o);
                queued = draftOf(a, caseId);
                assertThat(c.server.assignment().handTo(NUMBER, o.b)).isTrue();
            }
            // the notice is a row written with the office's change: a restarted court still has it
            try (LoopbackCourt c = LoopbackCourt.reopen(dir)) {
                handedOverThenBack(c, a, b, o, caseId, queued);
            }
        }
    }

    @Test
    void handedToAnotherOfficerOnPostgresql() throws Exception {
        Assumptions.assumeTrue(EmbeddedPostgresCheck.canStart(), EmbeddedPostgresCheck.WHY_NOT);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                LoopbackCourt c = new LoopbackCourt(tmp.resolve("court"), pg.getJdbcUrl("postgres", "postgres"));
                Store a = laptop("a"); Store b = laptop("b")) {
            Officers o = new Officers(a, b);
            UUID caseId = assignedAndQueued(c, a, b, o);
            SiteRecord queued = draftOf(a, caseId);
            assertThat(c.server.assignment().handTo(NUMBER, o.b)).isTrue();
            handedOverThenBack(c, a, b, o, caseId, queued);
        }
    }

    @Test
    void whatTheLaptopSendsAfterItStoredTheNoticeWaitsForAPerson() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(tmp.resolve("court"), null); Store a = laptop("a");
                Store b = laptop("b")) {
            Officers o = new Officers(a, b);
            UUID caseId = assignedAndQueued(c, a, b, o);
            SiteRecord queued = draftOf(a, caseId);
            assertThat(c.server.assignment().takeOff(NUMBER, o.a)).isTrue();
            // The laptop asks for changes after a cursor past the notice (it has stored them all)
            // before its queued record goes: the court now knows that it knew.
            long now = c.server.db().transaction(Sequencer::current);
            c.link(a).pull(now, 10);
            SyncSummary late = sync(c, a);
            assertThat(late.outcome()).isEqualTo(SyncSummary.Outcome.NEEDS_PERSON);
            assertThat(late.refused()).isEqualTo(1);
            assertThat(rows(a, "SELECT state || ' ' || result_detail FROM outbox WHERE entity_id = '" + queued.id()
                    + "'")).containsExactly("needs_person server.push.error.handedOver");
            assertThat(courtHas(c, "record", queued.id())).isFalse();
            assertThat(a.records().find(queued.id())).as("kept on the laptop for a person").isPresent();
            assertThat(CaseService.of(a).handedOver(caseId)).isTrue();
        }
    }

    @Test
    void anOfficerGivenAndTakenOffBetweenTwoSyncsHoldsTheCaseHandedOver() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(tmp.resolve("court"), null); Store a = laptop("a");
                Store b = laptop("b")) {
            Officers o = new Officers(a, b);
            c.enrol(a, o.a);
            c.enrol(b, o.b);
            UUID caseId = c.assign(o.b, NUMBER, "草场承包经营权纠纷");
            assertThat(sync(c, a).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(c.server.assignment().handTo(NUMBER, o.a)).isTrue();
            assertThat(c.server.assignment().handTo(NUMBER, o.b)).isTrue();
            // a's laptop did not sync while the case was a's: the version naming a comes, then the notice
            assertThat(sync(c, a).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(a.cases().find(caseId)).isPresent();
            assertThat(CaseService.of(a).handedOver(caseId)).isTrue();
            assertThat(sync(c, b).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(CaseService.of(b).handedOver(caseId)).isFalse();
        }
    }

    @Test
    void theOfficesNewCourtForAnOfficerDecidesHisNextPullAndPush() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(tmp.resolve("court"), null); Store a = laptop("a");
                Store b = laptop("b")) {
            Officers o = new Officers(a, b);
            c.enrol(a, o.a); // enrolled without a court: assignment alone decides
            UUID here = c.assign(o.a, NUMBER, "草场承包经营权纠纷");
            UUID there = c.assign(o.a, "(2026)青0102执12号", "借款合同纠纷");
            assertThat(sync(c, a).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(a.cases().find(here)).isPresent();
            assertThat(a.cases().find(there)).isPresent();
            SiteRecord queuedThere = draft(there);
            a.records().saveDraft(queuedThere, o.a);

            assertThat(c.server.officerCourts().name(o.a, "青2224").before()).as("none named before").isNull();
            SyncSummary named = sync(c, a);
            assertThat(named.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(courtHas(c, "record", queuedThere.id())).as("queued before the laptop knew: taken").isTrue();
            CaseService cases = CaseService.of(a);
            assertThat(cases.handedOver()).as("the case of the other court is out of his reach").containsExactly(there);

            // named the other court: that case is fed again (the laptop's cursor passed it), this one taken away
            assertThat(c.server.officerCourts().name(o.a, "青0102").before()).isEqualTo("青2224");
            assertThat(sync(c, a).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(cases.handedOver()).containsExactly(here);
            SiteRecord now = draft(there);
            a.records().saveDraft(now, o.a);
            assertThat(sync(c, a).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(courtHas(c, "record", now.id())).isTrue();

            // a laptop of the officer enrolled now starts at the beginning and sees only the named court's case
            c.enrol(b, o.a);
            assertThat(sync(c, b).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(b.cases().find(there)).isPresent();
            assertThat(b.records().find(now.id())).isPresent();
            assertThat(b.cases().find(here)).as("of the court no longer his").isEmpty();
        }
    }

    /** Officer a is assigned the case and syncs it down; b's laptop syncs with nothing; a queues a draft offline. */
    private static UUID assignedAndQueued(LoopbackCourt c, Store a, Store b, Officers o) throws Exception {
        c.enrol(a, o.a);
        c.enrol(b, o.b);
        UUID caseId = c.assign(o.a, NUMBER, "草场承包经营权纠纷");
        assertThat(sync(c, a).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        assertThat(sync(c, b).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        assertThat(a.cases().find(caseId)).isPresent();
        assertThat(b.cases().find(caseId)).isEmpty();
        SiteRecord queued = draft(caseId);
        a.records().saveDraft(queued, o.a);
        return caseId;
    }

    private static void handedOverThenBack(LoopbackCourt c, Store a, Store b, Officers o, UUID caseId,
            SiteRecord queued) throws Exception {
        // a syncs: its queued draft goes up first and is taken (made before the laptop could know)
        SyncSummary told = sync(c, a);
        assertThat(told.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        assertThat(told.refused()).isZero();
        assertThat(courtHas(c, "record", queued.id())).as("the record made while assigned reached the court").isTrue();
        assertThat(rows(a, "SELECT state FROM outbox WHERE entity_id = '" + queued.id() + "'"))
                .containsOnly("confirmed");
        // and the laptop is told: the case stays as it was, handed over, read-only
        CaseService cases = CaseService.of(a);
        assertThat(cases.handedOver(caseId)).isTrue();
        assertThat(cases.handedOver()).containsExactly(caseId);
        EnforcementCase held = a.cases().find(caseId).orElseThrow();
        assertThat(held.officerIds()).as("as the laptop had it").containsExactly(UUID.fromString(o.a));
        assertThat(a.records().find(queued.id())).isPresent();
        assertThatThrownBy(() -> a.records().saveDraft(draft(caseId), o.a)).isInstanceOf(LocalizedException.class)
                .extracting(e -> ((LocalizedException) e).messageKey()).isEqualTo("case.error.handedOver");
        assertThatThrownBy(() -> cases.save(held, o.a)).isInstanceOf(LocalizedException.class)
                .extracting(e -> ((LocalizedException) e).messageKey()).isEqualTo("case.error.handedOver");
        assertThat(rows(a, "SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'sent', 'needs_person')"))
                .as("nothing new queued, nothing waiting").containsExactly("0");
        assertThat(sync(c, a).outcome()).as("the next sync: nothing to do").isEqualTo(
                SyncSummary.Outcome.FINISHED);
        assertThat(cases.handedOver(caseId)).isTrue();

        // b receives the case and a's record
        assertThat(sync(c, b).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        assertThat(b.cases().find(caseId).orElseThrow().officerIds()).containsExactly(UUID.fromString(o.b));
        assertThat(b.records().find(queued.id())).as("the record a made before").isPresent();
        assertThat(CaseService.of(b).handedOver(caseId)).isFalse();
        SiteRecord ofB = draft(caseId);
        b.records().saveDraft(ofB, o.b);
        assertThat(sync(c, b).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);

        // handed back to a: editable again, and b's record comes down
        assertThat(c.server.assignment().handTo(NUMBER, o.a)).isTrue();
        assertThat(sync(c, a).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        assertThat(cases.handedOver(caseId)).isFalse();
        assertThat(a.records().find(ofB.id())).isPresent();
        SiteRecord again = draft(caseId);
        a.records().saveDraft(again, o.a);
        assertThat(sync(c, a).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        assertThat(courtHas(c, "record", again.id())).isTrue();
        assertThat(sync(c, b).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        assertThat(CaseService.of(b).handedOver(caseId)).as("now b's laptop is told").isTrue();
    }

    /** A sync of the laptop through this court, whatever port its enrolment names (a restarted court has a new one). */
    private static SyncSummary sync(LoopbackCourt c, Store laptop) {
        return SyncEngine.of(laptop, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run,
                SyncEngine.Limits.standard()).run(c.link(laptop));
    }

    /** The two officers, each the profile officer of one laptop. */
    private record Officers(String a, String b) {
        Officers(Store la, Store lb) {
            this(la.settings().get("profile.officerId").orElseThrow(), lb.settings().get("profile.officerId")
                    .orElseThrow());
        }
    }

    private Store laptop(String name) {
        Store s = TestStores.open(tmp.resolve(name), false);
        String officer = UUID.randomUUID().toString();
        s.settings().put("profile.officerId", officer, officer);
        return s;
    }

    private static SiteRecord draftOf(Store s, UUID caseId) {
        return s.records().byCase(caseId).stream().map(StoredRecord::record).findFirst().orElseThrow();
    }

    private static SiteRecord draft(UUID caseId) {
        return SiteRecord.start(caseId, RecordType.ENFORCEMENT, SpokenLanguage.TIBETAN, TestStores.CLOCK.instant(),
                Place.named("ས་ཐོག"));
    }

    private static boolean courtHas(LoopbackCourt c, String entity, UUID id) {
        return c.server.db().transaction(conn -> Entities.find(conn, entity, id.toString())).isPresent();
    }

    private static List<String> rows(Store s, String sql) throws Exception {
        return s.database().read(tx -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement p = tx.connection().prepareStatement(sql); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }
}
