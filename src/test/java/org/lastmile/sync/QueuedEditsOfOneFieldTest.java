package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.server.store.Entities;
import org.lastmile.service.CaseService;
import org.lastmile.store.audit.AuditEvent;
import org.lastmile.store.audit.ChainHead;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * Issue 14, "every conflicting concurrent edit makes a conflict row" read the other way too: no
 * conflict row where nobody else changed the field. The shape docs/sync.md reasoned about (session
 * 7, "not shown"): offline, the officer edits the Tibetan cause (案由) twice while the office
 * changes <em>another</em> field of the case. The court merges the first edit (its version moves
 * past the laptop's); {@link Rebase} sends the second against the common base, and the court saw
 * its own value of the field — the laptop's first edit — against the laptop's second: a conflict
 * row whose "office" value was the officer's own older value, and the court kept that older value
 * until a person decided. Real court on loopback TLS, real SQLite laptop.
 */
class QueuedEditsOfOneFieldTest {

    private static final String OFFICE_ZH = "排除妨害纠纷（法院更正）";
    private static final String OFFICE_BO = "ཁྲིམས་ཁང་གི་རྩོད་གཞི།";

    @TempDir
    Path court;
    @TempDir
    Path laptop;

    @Test
    void twoQueuedEditsOfOneFieldWhileTheOfficeChangedAnotherMakeNoConflict() throws Exception {
        try (World w = new World(court, laptop)) {
            w.office(k -> Cases.withCause(k, OFFICE_ZH, k.causeBo()));
            w.saveBo("རྩོད་གཞི ༡");
            w.saveBo("རྩོད་གཞི ༢");

            SyncSummary run = LoopbackCourt.sync(w.a);

            assertThat(w.courtConflicts()).as("conflict rows on the court; nobody else changed cause_bo").isEmpty();
            assertThat(w.courtField("cause_bo")).as("the laptop's last value").isEqualTo("རྩོད་གཞི ༢");
            assertThat(w.courtField("cause_zh")).as("the office's change stays").isEqualTo(OFFICE_ZH);
            assertThat(run.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            LoopbackCourt.sync(w.a);
            EnforcementCase held = w.held();
            assertThat(held.causeBo()).isEqualTo("རྩོད་གཞི ༢");
            assertThat(held.causeZh()).isEqualTo(OFFICE_ZH);
        }
    }

    @Test
    void threeQueuedEditsOfOneFieldMakeNoConflict() throws Exception {
        try (World w = new World(court, laptop)) {
            w.saveBo("རྩོད་གཞི ༡");
            w.office(k -> Cases.withCause(k, OFFICE_ZH, k.causeBo()));
            w.saveBo("རྩོད་གཞི ༢");
            w.saveBo("རྩོད་གཞི ༣");

            SyncSummary run = LoopbackCourt.sync(w.a);

            assertThat(w.courtConflicts()).as("conflict rows on the court").isEmpty();
            assertThat(w.courtField("cause_bo")).isEqualTo("རྩོད་གཞི ༣");
            assertThat(w.courtField("cause_zh")).isEqualTo(OFFICE_ZH);
            assertThat(run.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        }
    }

    @Test
    void queuedEditsOfTwoFieldsEachTwiceMakeNoConflict() throws Exception {
        try (World w = new World(court, laptop)) {
            w.office(k -> withStatus(k, CaseStatus.IN_PROGRESS));
            w.saveBo("རྩོད་གཞི ༡");
            w.save(k -> Cases.withCause(k, "排除妨害纠纷 一", k.causeBo()));
            w.saveBo("རྩོད་གཞི ༢");
            w.save(k -> Cases.withCause(k, "排除妨害纠纷 二", k.causeBo()));

            SyncSummary run = LoopbackCourt.sync(w.a);

            assertThat(w.courtConflicts()).as("conflict rows on the court").isEmpty();
            assertThat(w.courtField("cause_bo")).isEqualTo("རྩོད་གཞི ༢");
            assertThat(w.courtField("cause_zh")).isEqualTo("排除妨害纠纷 二");
            assertThat(w.courtField("status")).as("the office's change stays").isEqualTo("IN_PROGRESS");
            assertThat(run.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        }
    }

    @Test
    void anEditSavedAfterTheCourtMergedTheQueuedOnesMakesNoConflict() throws Exception {
        try (World w = new World(court, laptop)) {
            w.office(k -> Cases.withCause(k, OFFICE_ZH, k.causeBo()));
            w.saveBo("རྩོད་གཞི ༡");
            w.saveBo("རྩོད་གཞི ༢");
            CourtLink link = new CourtLinkDelegate(w.c.link(w.a)) {
                private boolean saved;

                @Override
                public PullPage pull(long cursor, int limit) throws CourtFault {
                    if (!saved) { // after the push was answered, before the pull
                        saved = true;
                        w.saveBo("རྩོད་གཞི ༣");
                    }
                    return super.pull(cursor, limit);
                }
            };
            SyncEngine.of(w.a, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run, SyncEngine.Limits.standard())
                    .run(link);
            LoopbackCourt.sync(w.a);
            LoopbackCourt.sync(w.a);

            assertThat(w.courtConflicts()).as("conflict rows on the court").isEmpty();
            assertThat(w.courtField("cause_bo")).isEqualTo("རྩོད་གཞི ༣");
            assertThat(w.courtField("cause_zh")).isEqualTo(OFFICE_ZH);
            assertThat(w.held().causeBo()).isEqualTo("རྩོད་གཞི ༣");
        }
    }

    @Test
    void theSecondEditResentAfterItsAnswerWasLostIsAnsweredAsBefore() throws Exception {
        try (World w = new World(court, laptop)) {
            w.office(k -> Cases.withCause(k, OFFICE_ZH, k.causeBo()));
            w.saveBo("རྩོད་གཞི ༡");
            w.saveBo("རྩོད་གཞི ༢");
            List<CourtLink.PushReply> answers = new ArrayList<>();
            CourtLink link = new CourtLinkDelegate(w.c.link(w.a)) {
                private int pushes;

                @Override
                public PushReply push(List<OutgoingOp> ops, ChainHead head, List<AuditEvent> chain)
                        throws CourtFault {
                    CourtLink.PushReply reply = super.push(ops, head, chain);
                    answers.add(reply);
                    if (pushes++ == 1) { // the court committed the second edit; its answer is lost
                        throw CourtFault.network("answer dropped after the court committed", null);
                    }
                    return reply;
                }
            };
            SyncEngine.of(w.a, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run, SyncEngine.Limits.standard())
                    .run(link);

            assertThat(answers).as("pushes: first edit, second edit, the second again").hasSizeGreaterThanOrEqualTo(3);
            assertThat(answers.get(2).results()).as("the resend's answer is the stored one, not opReused")
                    .isEqualTo(answers.get(1).results());
            assertThat(answers.get(1).results()).extracting(OpResult::outcome).containsExactly(OpOutcome.APPLIED);
            assertThat(w.courtConflicts()).isEmpty();
            assertThat(w.courtField("cause_bo")).isEqualTo("རྩོད་གཞི ༢");
            assertThat(w.courtChanges()).as("the case's versions on the court: assigned, office, two merges")
                    .isEqualTo(4);
        }
    }

    @Test
    void theOfficeChangingTheSameFieldIsStillAConflictWithTheLaptopsLastValue() throws Exception {
        try (World w = new World(court, laptop)) {
            w.office(k -> Cases.withCause(k, k.causeZh(), OFFICE_BO));
            w.saveBo("རྩོད་གཞི ༡");
            w.saveBo("རྩོད་གཞི ༢");

            SyncSummary run = LoopbackCourt.sync(w.a);

            assertThat(run.outcome()).as("a person must decide").isEqualTo(SyncSummary.Outcome.NEEDS_PERSON);
            assertThat(w.courtField("cause_bo")).as("the office's value is kept").isEqualTo(OFFICE_BO);
            List<String[]> rows = w.courtConflicts();
            assertThat(rows).as("conflict rows on the court").isNotEmpty()
                    .allSatisfy(r -> assertThat(r[0]).isEqualTo("cause_bo"))
                    .allSatisfy(r -> assertThat(r[1]).as("office value").isEqualTo(json(OFFICE_BO)));
            assertThat(rows).extracting(r -> r[2]).as("the field's last value waits for a person")
                    .contains(json("རྩོད་གཞི ༢"));
            boolean onLaptop = new SyncClient(w.a, java.time.Clock.systemUTC()).conflicts().stream()
                    .anyMatch(o -> o.value().local() != null && o.value().local().contains("རྩོད་གཞི ༢"));
            assertThat(onLaptop).as("the laptop's conflict review shows its last value").isTrue();
        }
    }

    @Test
    void theOfficeChangingTheSameFieldAfterTheFirstMergeIsAConflict() throws Exception {
        try (World w = new World(court, laptop)) {
            w.office(k -> Cases.withCause(k, OFFICE_ZH, k.causeBo()));
            w.saveBo("རྩོད་གཞི ༡");
            w.saveBo("རྩོད་གཞི ༢");
            CourtLink link = new CourtLinkDelegate(w.c.link(w.a)) {
                private int pushes;

                @Override
                public PushReply push(List<OutgoingOp> ops, ChainHead head, List<AuditEvent> chain)
                        throws CourtFault {
                    if (pushes++ == 1) { // the first edit merged; the office changes the field before the second
                        w.office(k -> Cases.withCause(k, k.causeZh(), OFFICE_BO));
                    }
                    return super.push(ops, head, chain);
                }
            };
            SyncEngine.of(w.a, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run, SyncEngine.Limits.standard())
                    .run(link);

            assertThat(w.courtField("cause_bo")).isEqualTo(OFFICE_BO);
            assertThat(w.courtField("cause_zh")).isEqualTo(OFFICE_ZH);
            List<String[]> rows = w.courtConflicts();
            assertThat(rows).as("conflict rows on the court").hasSize(1);
            assertThat(rows.get(0)).containsExactly("cause_bo", json(OFFICE_BO), json("རྩོད་གཞི ༢"));
        }
    }

    private static String json(String text) throws Exception {
        return new ObjectMapper().writeValueAsString(text);
    }

    private static EnforcementCase withStatus(EnforcementCase k, CaseStatus status) {
        return new EnforcementCase(k.id(), k.number(), k.causeZh(), k.causeBo(), k.title(), k.obligations(),
                k.filingDate(), status, k.officerIds(), k.parties(), k.progress(), k.demo());
    }

    /** A court, one enrolled laptop and one assigned case, synced down once. */
    private static final class World implements AutoCloseable {

        final LoopbackCourt c;
        final Store a;
        final String officer = UUID.randomUUID().toString();
        final UUID id;

        World(Path court, Path laptop) throws Exception {
            c = new LoopbackCourt(court);
            a = TestStores.open(laptop, false);
            a.settings().put("profile.officerId", officer, officer);
            c.enrol(a, officer);
            id = c.assign(officer, "(2026)青2224执503号", "排除妨害纠纷");
            assertThat(LoopbackCourt.sync(a).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        }

        void office(UnaryOperator<EnforcementCase> change) {
            c.officeEdit(id, change);
        }

        void save(UnaryOperator<EnforcementCase> change) {
            CaseService.of(a).save(change.apply(held()), officer);
        }

        void saveBo(String causeBo) {
            save(k -> Cases.withCause(k, k.causeZh(), causeBo));
        }

        EnforcementCase held() {
            return a.cases().find(id).orElseThrow();
        }

        String courtField(String name) throws Exception {
            String payload = c.server.db().transaction(conn -> Entities.find(conn, "case", id.toString()))
                    .orElseThrow().payload();
            return new ObjectMapper().readTree(payload).path(name).asText(null);
        }

        /** How many changes of the case the court holds. */
        long courtChanges() {
            return c.server.db().transaction(conn -> {
                try (var s = conn.prepareStatement("SELECT count(*) FROM changes WHERE entity_id = ?")) {
                    s.setString(1, id.toString());
                    try (var r = s.executeQuery()) {
                        r.next();
                        return r.getLong(1);
                    }
                }
            });
        }

        /** The court's conflict rows of the case: field, office value, device value. */
        List<String[]> courtConflicts() {
            return c.server.db().transaction(conn -> {
                List<String[]> out = new ArrayList<>();
                try (var s = conn.prepareStatement("SELECT field, office_value, device_value FROM conflicts"
                        + " WHERE entity_id = ? ORDER BY created_at")) {
                    s.setString(1, id.toString());
                    try (var r = s.executeQuery()) {
                        while (r.next()) {
                            out.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                        }
                    }
                }
                return out;
            });
        }

        @Override
        public void close() {
            a.close();
            c.close();
        }
    }
}
