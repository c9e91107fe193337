package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.domain.record.rules.RecordRule;
import org.lastmile.domain.record.rules.RuleTable;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.EntityRow;
import org.lastmile.service.RecordService;
import org.lastmile.store.Hashes;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * Found by {@link ThreeLaptopsModelTest}: the office deletes a draft record while its officer, in
 * the field, seals it. Sealed records are never deleted (sync.md), so the court keeps the seal;
 * but a delete racing an edit is a conflict, and the court stored the seal over the tombstone
 * without a conflict row: the office's delete was undone silently.
 */
class SealRacingDeleteTest {

    @TempDir
    Path court;
    @TempDir
    Path laptop;

    @Test
    void aSealArrivingAfterTheOfficeDeletedTheDraftIsKeptAndShownAsAConflict() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(court); Store a = c.enrolledLaptop(laptop)) {
            String officer = LoopbackCourt.officer(a);
            UUID caseId = c.assign(officer, "(2026)青2224执503号", "排除妨害纠纷");
            LoopbackCourt.sync(a);
            SiteRecord r = SiteRecord.start(caseId, RecordType.ENFORCEMENT, SpokenLanguage.TIBETAN,
                    TestStores.CLOCK.instant(), Place.named("ས་ཐོག"));
            a.records().saveDraft(r, officer);
            LoopbackCourt.sync(a);

            assertThat(c.officeDelete("record", r.id().toString())).isTrue();
            RecordService.of(a, rulesOff()).seal(r.id(), officer);
            String sealed = a.database().read(tx -> {
                try (var s = tx.connection().prepareStatement("SELECT doc FROM records WHERE id = ?")) {
                    s.setString(1, r.id().toString());
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            });
            LoopbackCourt.sync(a);
            LoopbackCourt.sync(a);

            EntityRow row = c.server.db().transaction(conn -> Entities.find(conn, "record", r.id().toString()))
                    .orElseThrow();
            assertThat(row.sealed()).as("the seal is kept").isTrue();
            assertThat(row.deleted()).isFalse();
            assertThat(row.payloadSha256()).isEqualTo(Hashes.sha256(sealed));
            List<String> fields = c.server.db().transaction(conn -> {
                List<String> out = new java.util.ArrayList<>();
                try (var s = conn.prepareStatement("SELECT field FROM conflicts WHERE entity_id = ?")) {
                    s.setString(1, r.id().toString());
                    try (var rs = s.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getString(1));
                        }
                    }
                }
                return out;
            });
            assertThat(fields).as("the office's delete, undone by the seal, waits for a person").contains("_deleted");
            assertThat(a.records().find(r.id()).orElseThrow().sealed()).isTrue();
        }
    }

    private static RecordChecker rulesOff() throws Exception {
        StringBuilder off = new StringBuilder();
        for (RecordRule rule : RecordRule.values()) {
            off.append(rule.id()).append("=OFF\n");
        }
        return new RecordChecker(RuleTable.read(new java.io.StringReader(off.toString())), TestStores.ZONE);
    }
}
