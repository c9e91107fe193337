package org.lastmile.ui.record.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.record.RecordFixtures;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.store.TestStores;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.record.RecordFixture;

/** A case's list of on-site records and starting a new one. */
@ExtendWith(FxThread.class)
class CaseRecordsViewModelTest {

    @TempDir
    Path dir;
    RecordFixture fx;
    CaseRecordsViewModel model;

    @BeforeEach
    void open() {
        fx = new RecordFixture(dir);
        model = new CaseRecordsViewModel(UiFixture.FARMLAND, fx.ui::farmland, fx.services.records(), fx.ui.background,
                fx.updates, fx.opened::add, TestStores.CLOCK::instant, () -> "test-officer");
        model.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void listsTheDemosSealedHandoverWithItsCodeAndOffersALandHandoverFirst() {
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.type()).isEqualTo(RecordType.LAND_HANDOVER);
            assertThat(row.sealed()).isTrue();
            assertThat(row.sealCode()).isEqualTo(fx.store.records().byCase(UiFixture.FARMLAND).get(0).sealCode());
        });
        assertThat(model.newTypeProperty().get()).isEqualTo(RecordType.LAND_HANDOVER);
    }

    @Test
    void aNewRecordIsSavedAsADraftWithTheTitlesParcelAndOpened() {
        model.newTypeProperty().set(RecordType.LAND_HANDOVER);
        model.create();

        assertThat(fx.opened).hasSize(1);
        StoredRecord created = fx.store.records().find(fx.opened.get(0)).orElseThrow();
        assertThat(created.sealed()).isFalse();
        SiteRecord r = created.record();
        assertThat(r.caseId()).isEqualTo(UiFixture.FARMLAND);
        assertThat(RecordFixtures.landOf(r).parcel().parcelId()).isEqualTo("632224104201JA00037");
        assertThat(RecordFixtures.landOf(r).parcel().hasFourBoundaries()).isTrue();
        assertThat(r.place().name()).isEqualTo("刚察县沙柳河镇果洛藏贡麻村");
        assertThat(model.rows()).hasSize(2);
        assertThat(model.rows().get(1).sealed()).isFalse();
    }

    @Test
    void aRecordSealedElsewhereShowsAsSealedInTheList() {
        model.create();
        var id = fx.opened.get(0);
        var draft = fx.store.records().find(id).orElseThrow();
        fx.updates.changed(new StoredRecord(draft.record(), true, "ab".repeat(32), TestStores.CLOCK.instant(), 9));
        assertThat(model.rows().get(1).sealed()).isTrue();
        assertThat(model.rows().get(1).sealCode()).isEqualTo(
                org.lastmile.domain.record.seal.SealCode.of("ab".repeat(32)));
    }

    @Test
    void aClosedListNoLongerFollowsTheRecordScreens() {
        model.close();
        var demo = fx.store.records().byCase(UiFixture.FARMLAND).get(0);
        var other = demo.record().amendment(TestStores.CLOCK.instant());
        fx.updates.changed(new StoredRecord(other, false, null, null, 1));
        assertThat(model.rows()).hasSize(1);
    }
}
