package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.server.store.Entities;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * Issue 14: a record can come down before its case. A colleague recorded on a case; the office
 * then assigns that case to this officer too. The court's feed is in the order of its changes, so
 * the colleague's record (older) comes before the assignment of the case (newer). The laptop used
 * to skip a record of a case it did not hold, and the cursor passed it: the record never came. It
 * is now kept until its case is here (sync.md: nothing pulled is lost), in the same pull.
 * (Here the laptop syncs for the first time after the assignment, so both come in one pull.)
 */
class RecordBeforeItsCaseTest {

    @TempDir
    Path court;
    @TempDir
    Path mine;
    @TempDir
    Path colleagues;

    @Test
    void aRecordThatComesDownBeforeItsCaseIsAppliedWhenTheCaseArrives() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(court); Store a = TestStores.open(mine, false);
                Store b = TestStores.open(colleagues, false)) {
            String officer = UUID.randomUUID().toString();
            String colleague = UUID.randomUUID().toString();
            a.settings().put("profile.officerId", officer, officer);
            b.settings().put("profile.officerId", colleague, colleague);
            c.enrol(a, officer);
            c.enrol(b, colleague);
            UUID caseId = c.assign(colleague, "(2026)青2224执601号", "草场承包经营权纠纷");
            LoopbackCourt.sync(b);
            SiteRecord record = SiteRecord.start(caseId, RecordType.ENFORCEMENT, SpokenLanguage.TIBETAN,
                    TestStores.CLOCK.instant(), Place.named("ས་ཐོག"));
            b.records().saveDraft(record, colleague);
            assertThat(LoopbackCourt.sync(b).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);

            assertThat(c.assign(officer, "(2026)青2224执601号", "草场承包经营权纠纷", caseId)).isEqualTo(caseId);
            SyncSummary down = LoopbackCourt.sync(a);
            assertThat(down.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(a.cases().find(caseId)).isPresent();
            String onCourt = c.server.db().transaction(conn -> Entities.find(conn, "record", record.id().toString()))
                    .orElseThrow().payload();
            assertThat(a.records().find(record.id())).as("the colleague's record; %s; conflicts %s; court %s", down,
                    new SyncClient(a, java.time.Clock.systemUTC()).conflicts(), onCourt).isPresent();
            String held = a.database().read(tx -> LocalVersions.doc(tx, "records", record.id().toString()));
            assertThat(held).isEqualTo(onCourt);
            int waiting = a.database().read(tx -> {
                try (var s = tx.connection().prepareStatement("SELECT count(*) FROM sync_deferred");
                        var r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            });
            assertThat(waiting).as("nothing left waiting").isZero();
        }
    }
}
