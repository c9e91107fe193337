package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.server.store.Entities;
import org.lastmile.service.CaseService;
import org.lastmile.store.open.Store;

/**
 * Issue 14, the gap docs/sync.md named: two queued edits of one case, the first one's merge on the
 * court equal to the office's content. The office changed both causes (案由, Chinese and Tibetan);
 * offline, the officer set the Chinese cause to the very value the office chose, then changed the
 * status. The court merges the first edit into nothing new (its content already says it) and
 * answers version base + 1, the number the laptop's own copy carries too; the second edit, on that
 * number, was taken straight on and carried the laptop's old Tibetan cause over the office's,
 * silently. Real court on loopback TLS, real SQLite laptop.
 */
class TwoQueuedEditsTest {

    private static final String OFFICE_ZH = "草场承包经营权纠纷（法院更正）";
    private static final String OFFICE_BO = "རྩྭ་ཐང་གི་རྩོད་གཞི།";

    @TempDir
    Path court;
    @TempDir
    Path laptop;

    @Test
    void aSecondQueuedEditAfterAMergeEqualToTheOfficesContentKeepsTheOfficesChange() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(court); Store a = c.enrolledLaptop(laptop)) {
            String officer = LoopbackCourt.officer(a);
            UUID id = c.assign(officer, "(2026)青2224执801号", "草场承包经营权纠纷");
            assertThat(LoopbackCourt.sync(a).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            String laptopsBo = a.cases().find(id).orElseThrow().causeBo();
            assertThat(laptopsBo).isNotEqualTo(OFFICE_BO);

            c.officeEdit(id, k -> Cases.withCause(k, OFFICE_ZH, OFFICE_BO));
            EnforcementCase held = a.cases().find(id).orElseThrow();
            CaseService.of(a).save(Cases.withCause(held, OFFICE_ZH, held.causeBo()), officer);
            held = a.cases().find(id).orElseThrow();
            CaseService.of(a).save(withStatus(held, CaseStatus.IN_PROGRESS), officer);

            SyncSummary run = LoopbackCourt.sync(a);
            String onCourt = c.server.db().transaction(conn -> Entities.find(conn, "case", id.toString()))
                    .orElseThrow().payload();
            assertThat(field(onCourt, "cause_bo")).as("the office's Tibetan cause, which the laptop never touched")
                    .isEqualTo(OFFICE_BO);
            assertThat(field(onCourt, "cause_zh")).isEqualTo(OFFICE_ZH);
            assertThat(field(onCourt, "status")).as("the field's status change").isEqualTo("IN_PROGRESS");
            assertThat(run.outcome()).as("a merge, no field changed differently on both sides")
                    .isEqualTo(SyncSummary.Outcome.FINISHED);
            EnforcementCase after = a.cases().find(id).orElseThrow();
            assertThat(after.causeBo()).as("the laptop shows the court's content").isEqualTo(OFFICE_BO);
            assertThat(after.causeZh()).isEqualTo(OFFICE_ZH);
            assertThat(after.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        }
    }

    private static EnforcementCase withStatus(EnforcementCase k, CaseStatus status) {
        return new EnforcementCase(k.id(), k.number(), k.causeZh(), k.causeBo(), k.title(), k.obligations(),
                k.filingDate(), status, k.officerIds(), k.parties(), k.progress(), k.demo());
    }

    private static String field(String payload, String name) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload).path(name).asText(null);
    }
}
