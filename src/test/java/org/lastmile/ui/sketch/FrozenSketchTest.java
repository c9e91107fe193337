package org.lastmile.ui.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.service.SketchService;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.common.Background;

/**
 * The demo hand-over record is sealed and holds the farmland sketch. Opened on screen, the sketch
 * says at once that it can no longer change and refuses edits, instead of showing changes that the
 * store then silently refuses to keep (what the screen did before).
 */
@ExtendWith(FxThread.class)
class FrozenSketchTest {

    @TempDir
    Path dir;

    @Test
    void aSketchHeldBySealedRecordIsShownAsFrozenAndRefusesEdits() {
        try (Store store = TestStores.open(dir, true)) {
            EnforcementCase farmland = store.cases().all().stream()
                    .filter(c -> c.number().toString().equals("(2026)青2224执218号")).findFirst().orElseThrow();
            SketchService service = SketchService.of(store);
            SiteSketch stored = service.find(farmland.id()).orElseThrow().sketch();
            long outbox = store.outbox().pending();
            SketchViewModel model = new SketchViewModel(service.history(farmland.id(), "EPSG:4542", 0),
                    new Background(Runnable::run));
            model.history().addListener(now -> service.save(now, "officer-1"));

            assertThat(model.frozen()).isTrue();
            assertThat(model.editableProperty().get()).as("the screen greys its editing controls by this").isFalse();
            assertThat(model.problemProperty().get().messageKey()).isEqualTo("sketch.error.frozen");

            // a click on the map places no landmark and moves none
            var surroundings = new org.lastmile.ui.sketch.field.SurroundingsViewModel(model);
            surroundings.placingProperty().set(true);
            assertThat(surroundings.click(new org.lastmile.survey.crs.PlanePoint(599300, 4131895))).isFalse();
            assertThat(surroundings.placingProperty().get()).isFalse();
            assertThat(stored.landmarks()).isNotEmpty();
            surroundings.moveLandmark(stored.landmarks().get(0));
            assertThat(surroundings.movingProperty().get()).isNull();
            assertThat(model.fixSlip()).isFalse();

            assertThat(model.addTyped("599300", "4131895")).isFalse();
            assertThat(model.tape("J1", "J2", "12.5")).isFalse();

            assertThat(model.problemProperty().get().messageKey()).isEqualTo("sketch.error.frozen");
            assertThat(model.current()).isEqualTo(stored);
            assertThat(model.undo().history().canUndo()).isFalse();
            assertThat(service.find(farmland.id()).orElseThrow().sketch()).isEqualTo(stored);
            assertThat(store.outbox().pending()).isEqualTo(outbox);
        }
    }

    @Test
    void aSaveTheStoreRefusedIsToldInTheUsersLanguage() {
        try (Store store = TestStores.open(dir, false)) {
            SketchViewModel model = new SketchViewModel(
                    SketchService.of(store).history(java.util.UUID.randomUUID(), "EPSG:4542", 0),
                    new Background(Runnable::run));
            assertThat(model.frozen()).isFalse();
            assertThat(model.editableProperty().get()).isTrue();
            assertThat(model.problemProperty().get()).isNull();

            model.saveFailed(new LocalizedException("store.fault.diskfull", dir));
            assertThat(model.problemProperty().get().messageKey()).isEqualTo("store.fault.diskfull");

            model.saveFailed(new IllegalStateException("driver said no"));
            assertThat(model.problemProperty().get().messageKey()).isEqualTo("sketch.problem.save");
        }
    }
}
