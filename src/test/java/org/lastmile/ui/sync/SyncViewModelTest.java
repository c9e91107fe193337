package org.lastmile.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.service.CaseService;
import org.lastmile.store.TestStores;
import org.lastmile.sync.ConflictDecision;
import org.lastmile.sync.SyncClient;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;

/** The sync screen's model on a real SQLite data directory (the demo store), without a court. */
@ExtendWith(FxThread.class)
class SyncViewModelTest {

    @TempDir
    Path dir;
    UiFixture fx;
    SyncViewModel model;

    @BeforeEach
    void open() {
        fx = new UiFixture(dir);
        model = new SyncViewModel(new SyncClient(fx.store, TestStores.CLOCK), fx.background, () -> "test-officer");
        model.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aDeviceNeverEnrolledSaysSoAndDoesNotSync() {
        assertThat(model.enrolledProperty().get()).isFalse();
        assertThat(model.enrolmentProperty().get()).isNull();
        assertThat(model.syncNow()).isNull();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void enrolmentRefusesAnHttpAddressInOneLineAndStaysUnenrolled() {
        model.serverUrl.set("http://court.example:8443");
        model.code.set("ABCD-1234");
        model.caFile.set(dir.resolve("ca.pem").toString());
        model.enrol();
        assertThat(model.problemProperty().get().messageKey()).isEqualTo("sync.error.serverUrl");
        model.load();
        assertThat(model.enrolledProperty().get()).isFalse();
    }

    @Test
    void progressAndSafeToUnplugFollowTheOutboxRows() {
        settleEverything();
        model.load();
        long total = model.progressProperty().get().recordsTotal();
        assertThat(model.progressProperty().get().recordsDone()).isEqualTo(total);
        assertThat(model.safeToUnplug()).isTrue();

        // One edit in the field: one more operation, not yet on the court.
        EnforcementCase farmland = fx.farmland();
        CaseService.of(fx.store).save(farmland.withStatus(CaseStatus.CONCLUDED), "test-officer");
        model.load();
        assertThat(model.progressProperty().get().recordsTotal()).isEqualTo(total + 1);
        assertThat(model.progressProperty().get().recordsDone()).isEqualTo(total);
        assertThat(model.safeToUnplug()).isFalse();

        settleEverything();
        model.load();
        assertThat(model.progressProperty().get().recordsDone()).isEqualTo(total + 1);
        assertThat(model.safeToUnplug()).isTrue();
    }

    @Test
    void aRefusedOperationIsListedForAPerson() {
        settleEverything();
        execute("UPDATE outbox SET state = 'needs_person', result = 'rejected', result_detail = 'case.error.number'"
                + " WHERE seq = (SELECT max(seq) FROM outbox)");
        model.load();
        assertThat(model.needsPerson()).isEqualTo(1);
        assertThat(model.refusals()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("case.error.number"));
    }

    @Test
    void takingTheFieldValueChangesTheCaseAndClosesTheConflict() {
        UUID conflict = conflict("cause_zh", "草场纠纷（现场）", "草场纠纷（法院）");
        model.load();
        assertThat(model.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.value().local()).isEqualTo("草场纠纷（现场）");
            assertThat(c.value().server()).isEqualTo("草场纠纷（法院）");
            assertThat(model.entityName(c)).isEqualTo("(2026)青2224执218号");
        });
        model.decide(model.conflicts().get(0), ConflictDecision.Choice.FIELD);
        assertThat(fx.farmland().causeZh()).isEqualTo("草场纠纷（现场）");
        assertThat(model.conflicts()).isEmpty();
        assertThat(resolution(conflict)).isEqualTo("field");
        assertThat(model.safeToUnplug()).as("the chosen value goes to the court as a new edit").isFalse();
    }

    @Test
    void keepingTheOfficeValueChangesTheCaseToItAndClosesTheConflict() {
        UUID conflict = conflict("cause_zh", "草场纠纷（现场）", "草场纠纷（法院）");
        model.load();
        model.decide(model.conflicts().get(0), ConflictDecision.Choice.OFFICE);
        assertThat(fx.farmland().causeZh()).isEqualTo("草场纠纷（法院）");
        assertThat(model.conflicts()).isEmpty();
        assertThat(resolution(conflict)).isEqualTo("office");
    }

    private UUID conflict(String field, String local, String office) {
        UUID id = UUID.randomUUID();
        fx.store.database().transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("INSERT INTO sync_conflicts (id, entity,"
                    + " entity_id, field, local_value, server_value, detected_at) VALUES (?, 'case', ?, ?, ?, ?, ?)")) {
                s.setString(1, id.toString());
                s.setString(2, UiFixture.FARMLAND.toString());
                s.setString(3, field);
                s.setString(4, local);
                s.setString(5, office);
                s.setString(6, tx.now().toString());
                s.executeUpdate();
            }
            return null;
        });
        return id;
    }

    private String resolution(UUID conflict) {
        return fx.store.database().read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT resolution FROM sync_conflicts WHERE id = ?")) {
                s.setString(1, conflict.toString());
                try (var r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        });
    }

    /** What a finished run leaves: every operation answered, every file verified. */
    private void settleEverything() {
        execute("UPDATE outbox SET state = 'confirmed', result = 'applied'");
        execute("UPDATE sync_blobs SET state = 'verified', upload_offset = size");
    }

    private void execute(String sql) {
        fx.store.database().transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
                s.executeUpdate();
            }
            return null;
        });
    }
}
