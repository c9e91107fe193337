package org.lastmile.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.domain.record.rules.RuleTable;
import org.lastmile.domain.record.seal.SealCheck;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.CornerOrigin;
import org.lastmile.domain.sketch.SketchEdits;
import org.lastmile.domain.sketch.SketchException;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.store.Database;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.store.sketch.StoredSketch;
import org.lastmile.survey.crs.PlanePoint;

/** The sketch use cases on a real SQLite file. */
class SketchServiceTest {

    @TempDir
    Path dir;

    private static Corner corner(String name, double e, double n) {
        return new Corner(UUID.randomUUID().toString(), name, new PlanePoint(e, n), CornerOrigin.typedPlane(0.05));
    }

    private static EnforcementCase otherCase(Store store) {
        UUID farmland = DemoCases.farmland(store).id();
        return store.cases().all().stream().filter(c -> !c.id().equals(farmland)).findFirst().orElseThrow();
    }

    @Test
    void everyEditUndoAndRedoIsSavedAtOnceWithItsOutboxRowAndAuditEvent() {
        UUID caseId;
        List<Corner> expected;
        try (Store store = TestStores.open(dir, true)) {
            SketchService service = SketchService.of(store);
            caseId = otherCase(store).id();
            long outbox = store.outbox().pending();
            long events = store.audit().verify().events();
            SketchHistory history = service.history(caseId, "EPSG:4542", 3200);
            history.addListener(s -> service.save(s, "officer-1"));
            history.execute(SketchEdits.addCorner(corner("J1", 599300, 4131895)));
            history.execute(SketchEdits.addCorner(corner("J2", 599386, 4131902)));
            history.execute(SketchEdits.addCorner(corner("J3", 599428, 4131860)));
            history.undo();
            assertThat(store.outbox().pending()).isEqualTo(outbox + 4);
            assertThat(store.audit().verify().events()).isEqualTo(events + 4);
            assertThat(store.audit().verify().intact()).isTrue();
            expected = history.current().corners();
        }
        try (Store store = TestStores.open(dir, true)) {
            StoredSketch stored = SketchService.of(store).find(caseId).orElseThrow();
            assertThat(stored.sketch().corners()).isEqualTo(expected);
            assertThat(stored.version()).isEqualTo(4);
            assertThat(stored.frozen()).isFalse();
        }
    }

    @Test
    void theDemoHandOverHoldsItsSketchWhichTheSealFroze() {
        try (Store store = TestStores.open(dir, true)) {
            EnforcementCase farmland = DemoCases.farmland(store);
            StoredRecord record = store.records().byCase(farmland.id()).get(0);
            StoredSketch sketch = SketchService.of(store).find(farmland.id()).orElseThrow();
            assertThat(record.sealed()).isTrue();
            assertThat(record.record().sketchSha256()).isEqualTo(sketch.sha256());
            assertThat(sketch.frozenBy()).contains(record.record().id());
            assertThat(store.records().verify(record.record().id()).intact()).isTrue();

            long outbox = store.outbox().pending();
            SketchService service = SketchService.of(store);
            assertThatThrownBy(() -> service.save(SketchEdits.drafting(
                    new org.lastmile.domain.sketch.Drafting("x", "y", null)).apply(sketch.sketch()), "officer-1"))
                    .isInstanceOf(SketchException.class).hasMessageContaining("sketch.error.frozen");
            assertThat(store.outbox().pending()).isEqualTo(outbox);
            assertThat(service.find(farmland.id()).orElseThrow().sketch()).isEqualTo(sketch.sketch());
        }
    }

    @Test
    void changingOneStoredCoordinateOfTheSketchBreaksTheRecordsSeal() throws Exception {
        UUID recordId;
        try (Store store = TestStores.open(dir, true)) {
            recordId = store.records().byCase(DemoCases.farmland(store).id()).get(0).record().id();
        }
        // a tamperer with the file: drops the guard and moves J1 one centimetre east in the stored JSON
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
                Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER sketches_frozen_no_update");
            String doc;
            try (ResultSet r = st.executeQuery("SELECT doc FROM sketches")) {
                r.next();
                doc = r.getString(1);
            }
            int at = doc.indexOf("\"e\":", doc.indexOf("\"name\":\"J1\"") - 200);
            int end = doc.indexOf(',', at);
            double e = Double.parseDouble(doc.substring(at + 4, end));
            String changed = doc.substring(0, at + 4) + (e + 0.01) + doc.substring(end);
            try (PreparedStatement p = c.prepareStatement("UPDATE sketches SET doc = ?")) {
                p.setString(1, changed);
                assertThat(p.executeUpdate()).isEqualTo(1);
            }
        }
        try (Store store = TestStores.open(dir, true)) {
            SealCheck check = store.records().verify(recordId);
            assertThat(check.intact()).isFalse();
            assertThat(check.problems()).extracting(SealCheck.Problem::messageKey).containsExactly("record.verify.sketch");
        }
    }

    @Test
    void aRecordWhoseSketchChangedAfterItWasAttachedIsNotSealed() {
        try (Store store = TestStores.open(dir, true)) {
            SketchService sketches = SketchService.of(store);
            RecordService records = RecordService.of(store, new RecordChecker(RuleTable.defaults(), TestStores.ZONE));
            EnforcementCase other = otherCase(store);
            SketchHistory history = sketches.history(other.id(), "EPSG:4542", 3200);
            history.addListener(s -> sketches.save(s, "officer-1"));
            history.execute(SketchEdits.addCorner(corner("J1", 599300, 4131895)));
            SiteRecord draft = SiteRecord.start(other.id(), RecordType.SURVEY, SpokenLanguage.CHINESE,
                    Instant.parse("2026-11-26T04:00:00Z"), new Place("现场", 100.12, 37.31, 3.0));
            records.saveDraft(draft, "officer-1");
            SiteRecord holding = sketches.attach(draft.id(), "officer-1");
            assertThat(holding.sketchSha256()).isEqualTo(sketches.find(other.id()).orElseThrow().sha256());

            history.execute(SketchEdits.addCorner(corner("J2", 599386, 4131902)));
            assertThatThrownBy(() -> records.seal(draft.id(), "officer-1"))
                    .hasMessageContaining("record.seal.error.sketchChanged");
            assertThat(store.records().find(draft.id()).orElseThrow().sealed()).isFalse();
            assertThat(sketches.find(other.id()).orElseThrow().frozen()).isFalse();

            SiteRecord enforcement = SiteRecord.start(other.id(), RecordType.ENFORCEMENT, SpokenLanguage.CHINESE,
                    Instant.parse("2026-11-26T04:00:00Z"), new Place("现场", 100.12, 37.31, 3.0));
            records.saveDraft(enforcement, "officer-1");
            assertThatThrownBy(() -> sketches.attach(enforcement.id(), "officer-1"))
                    .hasMessageContaining("sketch.error.notHolder");
        }
    }
}
