package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.EntityRow;
import org.lastmile.server.store.Sequencer;
import org.lastmile.service.CaseService;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * Pull applies every kind the court sends, against the real server over loopback HTTPS: a second
 * laptop of the officer receives the cases, the officer, the draft and sealed records the first
 * one sent (sealed ones as the very bytes that were sealed), and the court's deletions. Versions
 * on both sides agree afterwards, so an edit after a round trip is taken without a false conflict.
 */
class PullEveryEntityTest {

    @TempDir
    Path court;
    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void aSecondLaptopReceivesCasesOfficersRecordsAndDeletions() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(court); Store a = TestStores.open(first, true);
                Store b = TestStores.open(second, false)) {
            String officer = a.settings().get("profile.officerId").orElseThrow();
            c.enrol(a, officer);
            LoopbackCourt.sync(a);
            c.enrol(b, officer);
            SyncSummary down = LoopbackCourt.sync(b);
            assertThat(down.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);

            // What the court accepted from the first laptop, read from the court's own table.
            Map<String, EntityRow> held = new TreeMap<>();
            c.server.db().transaction(conn -> {
                for (String kind : List.of("case", "officer", "record")) {
                    for (EntityRow row : Entities.all(conn, kind)) {
                        held.put(kind + " " + row.entityId(), row);
                    }
                }
                return null;
            });
            List<String> sealed = rows(a, "SELECT id FROM records WHERE state = 'sealed'");
            assertThat(sealed).as("the demo has a sealed record").isNotEmpty();
            for (String id : rows(a, "SELECT id FROM records")) {
                assertThat(held).containsKey("record " + id);
                String row = "SELECT state || '|' || coalesce(seal_sha256, '') || '|' || version FROM records WHERE id = '"
                        + id + "'";
                assertThat(rows(b, row)).as("record %s: state, seal and version as on the first laptop", id)
                        .isEqualTo(rows(a, row));
                String doc = "SELECT doc FROM records WHERE id = '" + id + "'";
                assertThat(rows(b, doc).equals(rows(a, doc))).as("record %s: the very bytes", id).isTrue();
            }
            assertThat(rows(b, "SELECT doc FROM officers WHERE id = '" + officer + "'"))
                    .as("the officer himself").isEqualTo(rows(a, "SELECT doc FROM officers WHERE id = '" + officer + "'"));
            // the office named no court at enrolment: every case assigned to the officer comes down
            for (EntityRow row : held.values()) {
                if (row.entity().equals("case") && row.scope().officerIds().contains(officer)) {
                    assertThat(rows(b, "SELECT doc || '|' || version FROM cases WHERE id = '" + row.entityId() + "'"))
                            .as("case %s as the court holds it, at its version", row.entityId())
                            .isEqualTo(List.of(row.payload() + "|" + row.version()));
                }
            }
            for (Store laptop : List.of(a, b)) {
                assertThat(rows(laptop, "SELECT count(*) FROM cases c LEFT JOIN case_list l ON l.id = c.id"
                        + " WHERE l.version IS NOT c.version")).as("every case's list row at the case's version")
                        .containsExactly("0");
            }
            assertThat(rows(b, "SELECT count(*) FROM outbox")).as("nothing pulled goes back").containsExactly("0");
            assertThat(rows(b, "SELECT count(*) FROM sync_blobs")).as("no file of another laptop to send")
                    .containsExactly("0");

            // The court deletes a case without work on it: it goes on the laptop; one with records stays.
            UUID empty = c.assign(officer, "(2026)青2224执302号", "排除妨害纠纷");
            LoopbackCourt.sync(b);
            assertThat(b.cases().find(empty)).isPresent();
            tombstone(c, "case", empty.toString());
            String caseWithRecords = rows(b, "SELECT case_id FROM records LIMIT 1").get(0);
            tombstone(c, "case", caseWithRecords);
            SyncSummary deletions = LoopbackCourt.sync(b);
            assertThat(b.cases().find(empty)).isEmpty();
            assertThat(b.cases().find(UUID.fromString(caseWithRecords))).as("its records stay with it").isPresent();
            assertThat(deletions.conflicts()).isEqualTo(1);
            assertThat(rows(b, "SELECT field FROM sync_conflicts WHERE entity_id = '" + caseWithRecords + "'"))
                    .containsExactly("!sync.pull.error.caseHoldsWork");
            assertThat(rows(b, "SELECT count(*) FROM audit_events WHERE action = 'case.deleted'"))
                    .containsExactly("1");
            assertThat(rows(b, "SELECT count(*) FROM outbox")).containsExactly("0");
        }
    }

    /**
     * Issue 14 item 3: a merge the court made equal to what the laptop sent used to stay off the
     * laptop, whose version then lagged the court's by one: the next edit of the same field was
     * merged against the office's older content and reported as a conflict no one made.
     */
    @Test
    void anEditAfterARoundTripWithAMergeIsTakenWithoutAConflict() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(court); Store a = TestStores.open(first, true)) {
            String officer = a.settings().get("profile.officerId").orElseThrow();
            c.enrol(a, officer);
            UUID id = c.assign(officer, "(2026)青2224执303号", "排除妨害纠纷");
            LoopbackCourt.sync(a);
            EnforcementCase onLaptop = a.cases().find(id).orElseThrow();
            String colleague = "44345e95-a920-5658-a074-9c7132e6382b";
            // Office and field both add the colleague; the field also corrects the cause.
            assertThat(c.importCases(colleague, caseEntry(onLaptop))).isEqualTo(1);
            List<UUID> both = List.of(UUID.fromString(officer), UUID.fromString(colleague));
            CaseService.of(a).save(with(onLaptop, "排除妨害纠纷（宅基地）", both), officer);
            SyncSummary merged = LoopbackCourt.sync(a);
            assertThat(merged.conflicts()).isZero();

            CaseService.of(a).save(with(a.cases().find(id).orElseThrow(), "排除妨害纠纷（宅基地界址）", both), officer);
            SyncSummary again = LoopbackCourt.sync(a);
            assertThat(again.conflicts()).as("only this laptop changed the cause since it last heard").isZero();
            assertThat(again.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            EntityRow onCourt = c.server.db().transaction(conn -> Entities.find(conn, "case", id.toString())).orElseThrow();
            assertThat(onCourt.payload()).contains("排除妨害纠纷（宅基地界址）");
            assertThat(a.cases().version(id)).as("one version counter on both sides").contains(onCourt.version());
            assertThat(a.cases().list().page(0, 1_000).stream().filter(r -> r.header().id().equals(id))
                    .map(r -> r.header().version()))
                    .as("the case list's row carries the same version as the case").containsExactly(onCourt.version());
        }
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode caseEntry(EnforcementCase k) {
        var m = new com.fasterxml.jackson.databind.ObjectMapper();
        var entry = m.createObjectNode();
        entry.put("id", k.id().toString());
        entry.put("case_number", k.number().toString());
        entry.put("title", "-");
        entry.put("cause_zh", k.causeZh());
        entry.put("status", "filed");
        entry.put("filing_date", k.filingDate().toString());
        return m.createArrayNode().add(entry);
    }

    private static EnforcementCase with(EnforcementCase k, String cause, List<UUID> officers) {
        return new EnforcementCase(k.id(), k.number(), cause, k.causeBo(), k.title(), k.obligations(), k.filingDate(),
                k.status(), officers, k.parties(), k.progress(), k.demo());
    }

    /** What an office deletion writes on the court (there is no office command for it yet). */
    private static void tombstone(LoopbackCourt c, String entity, String id) {
        c.server.db().transaction(conn -> {
            long seq = Sequencer.next(conn);
            EntityRow row = Entities.find(conn, entity, id).orElseThrow();
            Entities.write(conn, seq, new EntityRow(entity, id, row.version() + 1, null, null, false, true, row.scope()),
                    "delete", null, false, Instant.now());
            return null;
        });
    }

    private static List<String> rows(Store store, String sql) {
        return store.database().read(tx -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement(sql); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }
}

