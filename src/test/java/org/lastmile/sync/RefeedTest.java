package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.server.EmbeddedPostgresCheck;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.EntityRow;
import org.lastmile.service.CaseService;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * Issue 14: a laptop that pulled before the office assigned it a case. The court's feed is
 * filtered by what the officer may see when the laptop asks, so the records a colleague made on
 * the case earlier were not this officer's to see when the laptop's cursor passed them. On
 * assignment the court feeds them again to the officer (docs/sync.md, "Re-feed on assignment"):
 * the laptop then holds the case and every record of it, each record pulled once. Real court on
 * loopback TLS, real SQLite files for the laptops, the court's store on SQLite and on PostgreSQL.
 */
class RefeedTest {

    @TempDir
    Path tmp;

    @Test
    void aCaseAssignedAfterTheLaptopsLastPullComesDownWithItsEarlierRecordsOnSqlite() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(tmp.resolve("court"), null)) {
            assignedAfterThePull(c);
        }
    }

    @Test
    void aCaseAssignedAfterTheLaptopsLastPullComesDownWithItsEarlierRecordsOnPostgresql() throws Exception {
        Assumptions.assumeTrue(EmbeddedPostgresCheck.canStart(), EmbeddedPostgresCheck.WHY_NOT);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                LoopbackCourt c = new LoopbackCourt(tmp.resolve("court"), pg.getJdbcUrl("postgres", "postgres"))) {
            assignedAfterThePull(c);
        }
    }

    @Test
    void anOfficerTakenOffACaseKeepsWhatHeHasGetsNothingNewAndIsFedAgainWhenReassigned() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(tmp.resolve("court"), null);
                Store colleague = TestStores.open(tmp.resolve("colleague"), false);
                Store mine = TestStores.open(tmp.resolve("mine"), false)) {
            String other = UUID.randomUUID().toString();
            String officer = UUID.randomUUID().toString();
            colleague.settings().put("profile.officerId", other, other);
            mine.settings().put("profile.officerId", officer, officer);
            c.enrol(colleague, other);
            c.enrol(mine, officer);
            UUID caseId = c.assign(other, "(2026)青2224执701号", "草场承包经营权纠纷");
            c.assign(officer, "(2026)青2224执701号", "草场承包经营权纠纷", caseId);
            LoopbackCourt.sync(colleague);
            SiteRecord before = draft(caseId);
            colleague.records().saveDraft(before, other);
            assertThat(LoopbackCourt.sync(colleague).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(LoopbackCourt.sync(mine).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(mine.records().find(before.id())).as("assigned: the colleague's record comes").isPresent();

            // the colleague's laptop takes this officer off the case (the office has no command for it)
            EnforcementCase k = colleague.cases().find(caseId).orElseThrow();
            CaseService.of(colleague).save(withOfficers(k, List.of(UUID.fromString(other))), other);
            SiteRecord during = draft(caseId);
            colleague.records().saveDraft(during, other);
            assertThat(LoopbackCourt.sync(colleague).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            SiteRecord mineDuring = draft(caseId);
            mine.records().saveDraft(mineDuring, officer);

            SyncSummary off = LoopbackCourt.sync(mine);
            assertThat(mine.cases().find(caseId)).as("the laptop keeps the case it had").isPresent();
            assertThat(mine.cases().find(caseId).orElseThrow().officerIds()).as("as it had it")
                    .contains(UUID.fromString(officer));
            assertThat(CaseService.of(mine).handedOver(caseId)).as("and is told it was handed over (UnassignTest)")
                    .isTrue();
            assertThat(mine.records().find(before.id())).as("and the record it had").isPresent();
            assertThat(mine.records().find(during.id())).as("a record made after: not this officer's to see")
                    .isEmpty();
            // made before the laptop could know: taken (it used to be refused, for a person)
            assertThat(off.refused()).isZero();
            assertThat(off.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(courtHas(c, mineDuring.id())).isTrue();

            c.assign(officer, "(2026)青2224执701号", "草场承包经营权纠纷", caseId);
            Map<String, List<Long>> pulled = new HashMap<>();
            SyncEngine.of(mine, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run, SyncEngine.Limits.standard())
                    .run(counting(c.link(mine), pulled));
            assertThat(mine.cases().find(caseId).orElseThrow().officerIds()).as("reassigned: the court's case")
                    .containsExactlyInAnyOrder(UUID.fromString(other), UUID.fromString(officer));
            assertThat(CaseService.of(mine).handedOver(caseId)).as("his again: editable").isFalse();
            assertThat(mine.records().find(during.id())).as("the record made while he was off the case").isPresent();
            assertThat(pulled.get(during.id().toString())).as("pulled once").hasSize(1);
            assertThat(pulled.get(before.id().toString())).as("pulled once more, unchanged").hasSize(1);
            assertThat(deferred(mine)).isZero();
        }
    }

    @Test
    void theReFeedIsKeptAcrossACourtRestart() throws Exception {
        Path dir = tmp.resolve("court");
        try (Store colleague = TestStores.open(tmp.resolve("colleague"), false);
                Store mine = TestStores.open(tmp.resolve("mine"), false)) {
            String other = UUID.randomUUID().toString();
            String officer = UUID.randomUUID().toString();
            colleague.settings().put("profile.officerId", other, other);
            mine.settings().put("profile.officerId", officer, officer);
            SiteRecord record;
            UUID caseId;
            try (LoopbackCourt c = new LoopbackCourt(dir, null)) {
                c.enrol(colleague, other);
                c.enrol(mine, officer);
                caseId = c.assign(other, "(2026)青2224执702号", "草场承包经营权纠纷");
                LoopbackCourt.sync(colleague);
                record = draft(caseId);
                colleague.records().saveDraft(record, other);
                assertThat(LoopbackCourt.sync(colleague).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
                assertThat(LoopbackCourt.sync(mine).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
                c.assign(officer, "(2026)青2224执702号", "草场承包经营权纠纷", caseId);
            }
            try (LoopbackCourt again = LoopbackCourt.reopen(dir)) {
                Map<String, List<Long>> pulled = new HashMap<>();
                SyncSummary down = SyncEngine.of(mine, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run,
                        SyncEngine.Limits.standard()).run(counting(again.link(mine), pulled));
                assertThat(down.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
                assertThat(mine.cases().find(caseId)).isPresent();
                assertThat(mine.records().find(record.id())).as("re-fed after the restart").isPresent();
                assertThat(pulled.get(record.id().toString())).as("once").hasSize(1);
            }
        }
    }

    private void assignedAfterThePull(LoopbackCourt c) throws Exception {
        try (Store colleague = TestStores.open(tmp.resolve("colleague"), true);
                Store mine = TestStores.open(tmp.resolve("mine"), false);
                Store later = TestStores.open(tmp.resolve("later"), false)) {
            String other = colleague.settings().get("profile.officerId").orElseThrow();
            String officer = UUID.randomUUID().toString();
            mine.settings().put("profile.officerId", officer, officer);
            later.settings().put("profile.officerId", officer, officer);
            c.enrol(colleague, other);
            c.enrol(mine, officer);
            // the colleague also starts a draft on the demo case that holds a sealed record with photos
            UUID sealedCase = UUID.fromString(rows(colleague,
                    "SELECT case_id FROM records WHERE state = 'sealed' ORDER BY id LIMIT 1").get(0));
            colleague.records().saveDraft(draft(sealedCase), other);
            assertThat(LoopbackCourt.sync(colleague).outcome()).as("the colleague's records go up")
                    .isEqualTo(SyncSummary.Outcome.FINISHED);
            // this laptop pulls: nothing is its officer's yet, and its cursor passes every change above
            assertThat(LoopbackCourt.sync(mine).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(rows(mine, "SELECT id FROM records")).isEmpty();

            // the office assigns that case, as `server cases import --officer` does
            String caseId = sealedCase.toString();
            List<EntityRow> ofCase = c.server.db().transaction(conn -> Entities.all(conn, "record")).stream()
                    .filter(r -> !r.deleted() && caseId.equals(r.scope().caseId())).toList();
            Set<String> files = new TreeSet<>();
            ofCase.forEach(r -> files.addAll(ReferencedFiles.named(r.payload())));
            assertThat(ofCase).extracting(EntityRow::sealed).as("a sealed record and a draft on the court")
                    .contains(true, false);
            assertThat(files).as("the records name photos").isNotEmpty();
            EntityRow theCase = c.server.db().transaction(conn -> Entities.find(conn, "case", caseId)).orElseThrow();
            assertThat(c.importCases(officer, new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode()
                    .add(importEntry(colleague, UUID.fromString(caseId))))).isEqualTo(1);

            Map<String, List<Long>> pulled = new HashMap<>();
            SyncSummary down = SyncEngine.of(mine, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run,
                    SyncEngine.Limits.standard()).run(counting(c.link(mine), pulled));
            assertThat(down.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(mine.cases().find(UUID.fromString(caseId))).as("the case (was %s)", theCase.version())
                    .isPresent();
            heldAsOnTheCourt(c, mine, ofCase);
            for (EntityRow r : ofCase) {
                assertThat(pulled.get(r.entityId())).as("record %s: its current version, once", r.entityId())
                        .containsExactly(r.version());
            }
            assertThat(deferred(mine)).as("nothing left waiting").isZero();
            Map<String, List<Long>> again = new HashMap<>();
            SyncEngine.of(mine, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run, SyncEngine.Limits.standard())
                    .run(counting(c.link(mine), again));
            assertThat(again).as("the next sync brings nothing again").isEmpty();

            // a laptop of the officer enrolled after the assignment starts at the beginning: each record once too
            c.enrol(later, officer);
            Map<String, List<Long>> fresh = new HashMap<>();
            SyncEngine.of(later, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run,
                    SyncEngine.Limits.standard()).run(counting(c.link(later), fresh));
            heldAsOnTheCourt(c, later, ofCase);
            for (EntityRow r : ofCase) {
                // a laptop from the start gets the record's history, each version once, not re-fed besides
                assertThat(fresh.get(r.entityId())).as("record %s", r.entityId()).doesNotHaveDuplicates()
                        .endsWith(r.version());
            }
        }
    }

    /** Each record held with the court's very content: drafts as the court's text, sealed ones sealed with its hash. */
    private static void heldAsOnTheCourt(LoopbackCourt c, Store laptop, List<EntityRow> ofCase) throws Exception {
        for (EntityRow r : ofCase) {
            if (r.sealed()) {
                assertThat(rows(laptop, "SELECT state || ' ' || seal_sha256 FROM records WHERE id = '" + r.entityId()
                        + "'")).as("sealed record %s", r.entityId()).containsExactly("sealed " + r.payloadSha256());
            } else {
                String held = laptop.database().read(tx -> LocalVersions.doc(tx, "records", r.entityId()));
                assertThat(held).as("draft record %s", r.entityId()).isEqualTo(r.payload());
            }
        }
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode importEntry(Store holder, UUID caseId) {
        EnforcementCase k = holder.cases().find(caseId).orElseThrow();
        var entry = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        entry.put("id", k.id().toString());
        entry.put("case_number", k.number().toString());
        entry.put("title", "（2026）青28民初12号");
        entry.put("cause_zh", k.causeZh());
        entry.put("status", "filed");
        entry.put("filing_date", k.filingDate().toString());
        return entry;
    }

    private static SiteRecord draft(UUID caseId) {
        return SiteRecord.start(caseId, RecordType.ENFORCEMENT, SpokenLanguage.TIBETAN, TestStores.CLOCK.instant(),
                Place.named("ས་ཐོག"));
    }

    private static EnforcementCase withOfficers(EnforcementCase k, List<UUID> officers) {
        return new EnforcementCase(k.id(), k.number(), k.causeZh(), k.causeBo(), k.title(), k.obligations(),
                k.filingDate(), k.status(), officers, k.parties(), k.progress(), k.demo());
    }

    /** The link, noting the versions of each entity that come down, in order. */
    private static CourtLink counting(CourtLink link, Map<String, List<Long>> pulled) {
        return new CourtLinkDelegate(link) {
            @Override
            public PullPage pull(long cursor, int limit) throws CourtFault {
                PullPage page = super.pull(cursor, limit);
                page.changes().forEach(ch -> pulled.computeIfAbsent(ch.entityId(), k -> new ArrayList<>())
                        .add(ch.version()));
                return page;
            }
        };
    }

    private static boolean courtHas(LoopbackCourt c, UUID recordId) {
        return c.server.db().transaction(conn -> Entities.find(conn, "record", recordId.toString())).isPresent();
    }

    private static int deferred(Store s) throws Exception {
        return rows(s, "SELECT entity_id FROM sync_deferred").size();
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
