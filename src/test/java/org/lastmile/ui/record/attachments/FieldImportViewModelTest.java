package org.lastmile.ui.record.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.gnss.datum.Datum;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.record.RecordFixture;
import org.lastmile.ui.record.RecordViewModel;

/**
 * The field-file import of the record screen, without a screen: an Ovital KML is read as GCJ-02
 * (preselected), lands on the true corners, and is stored converted as one GeoJSON attachment; a
 * broken file gives its one message and stores nothing; the site's GNSS points name the likely
 * cause of a shift.
 */
@ExtendWith(FxThread.class)
class FieldImportViewModelTest {

    static final Path FILES = Path.of("src/test/resources/import");
    /** J1–J4 in WGS84/CGCS2000, the truth of src/test/resources/import/README.md and MapAppDatumTest. */
    static final List<GeoPoint> TRUE_J1_TO_J4 = List.of(new GeoPoint(100.13451, 37.32215),
            new GeoPoint(100.13612, 37.32230), new GeoPoint(100.13598, 37.32102), new GeoPoint(100.13440, 37.32095));

    @TempDir
    Path dir;
    RecordFixture fx;
    RecordViewModel model;

    @BeforeEach
    void open() {
        fx = new RecordFixture(dir);
        model = fx.newHandover();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    static double metres(double lon1, double lat1, double lon2, double lat2) {
        double mean = Math.toRadians((lat1 + lat2) / 2);
        return 6_371_009.0 * Math.hypot(Math.toRadians(lon1 - lon2) * Math.cos(mean), Math.toRadians(lat1 - lat2));
    }

    private FieldImportViewModel dialogFor(String file) {
        fx.fieldFile = FILES.resolve(file);
        return model.attachments().fieldImport().orElseThrow();
    }

    @Test
    void anOvitalKmlIsPreselectedAsGcj02AndItsPointsLandOnTheTrueCorners() {
        FieldImportViewModel d = dialogFor("ovital-parcels.kml");

        assertThat(d.datumProperty().get()).as("preselected from the 奥维 named in the file").isEqualTo(Datum.GCJ02);
        assertThat(d.errorProperty().get()).isNull();
        assertThat(d.canImportProperty().get()).isTrue();
        List<FieldImportViewModel.Row> rows = d.rowsProperty().get();
        assertThat(rows).extracting(FieldImportViewModel.Row::name).startsWith("J1", "J2", "J3", "J4");
        for (int i = 0; i < 4; i++) {
            GeoPoint truth = TRUE_J1_TO_J4.get(i);
            assertThat(metres(rows.get(i).lon(), rows.get(i).lat(), truth.lon(), truth.lat())).as("J%d", i + 1)
                    .isLessThan(0.5);
        }
        assertThat(d.warningsProperty().get()).extracting(MessageKeyed::messageKey)
                .doesNotContain("gnss.import.warning.mapAppFile");
    }

    @Test
    void importStoresTheConvertedFeaturesAsOneGeoJsonAttachmentAndNotTheGcj02Numbers() throws Exception {
        FieldImportViewModel d = dialogFor("ovital-parcels.kml");

        d.importIntoRecord();

        AttachmentRef ref = d.importedProperty().get();
        assertThat(ref).isNotNull();
        assertThat(model.editor().current().attachments()).containsExactly(ref);
        assertThat(ref.kind()).isEqualTo(AttachmentKind.DOCUMENT);
        assertThat(ref.fileName()).isEqualTo("ovital-parcels.kml.geojson");
        assertThat(ref.mediaType()).isEqualTo("application/geo+json");
        assertThat(fx.store.blobs().exists(ref.sha256())).isTrue();
        String stored = Files.readString(fx.store.blobs().path(ref.sha256()), StandardCharsets.UTF_8);
        JsonNode features = new ObjectMapper().readTree(stored).get("features");
        for (int i = 0; i < 4; i++) {
            JsonNode f = features.get(i);
            assertThat(f.get("properties").get("name").asText()).isEqualTo("J" + (i + 1));
            assertThat(f.get("properties").get("datum_in").asText()).isEqualTo("gcj02");
            JsonNode c = f.get("geometry").get("coordinates");
            GeoPoint truth = TRUE_J1_TO_J4.get(i);
            assertThat(metres(c.get(0).asDouble(), c.get(1).asDouble(), truth.lon(), truth.lat())).isLessThan(0.5);
        }
        assertThat(stored).as("the GCJ-02 numbers of the file are not kept").doesNotContain("100.1361448")
                .doesNotContain("37.3226561");
    }

    @Test
    void theOfficerCanOverrideThePreselectionAndThePreviewIsReadAgain() {
        FieldImportViewModel d = dialogFor("ovital-parcels.kml");

        d.chooseDatum(Datum.WGS84);

        assertThat(d.datumProperty().get()).isEqualTo(Datum.WGS84);
        FieldImportViewModel.Row j1 = d.rowsProperty().get().get(0);
        assertThat(metres(j1.lon(), j1.lat(), 100.13451, 37.32215)).isBetween(100.0, 700.0);
        assertThat(d.warningsProperty().get()).extracting(MessageKeyed::messageKey)
                .contains("gnss.import.warning.mapAppFile");
    }

    @Test
    void aGpxFileStaysWgs84() {
        FieldImportViewModel d = dialogFor("field-walk-1.1.gpx");

        assertThat(d.datumProperty().get()).isEqualTo(Datum.WGS84);
        assertThat(d.rowsProperty().get()).isNotEmpty();
    }

    @Test
    void theSiteGnssPointsNameTheLikelyCauseOfAShift() throws Exception {
        // Ovital's numbers without the app's name in the file: only the site's points can tell.
        String kml = Files.readString(FILES.resolve("ovital-parcels.kml"), StandardCharsets.UTF_8)
                .replace("奥维互动地图导出", "导出").replace("Ovital", "map");
        Path plain = dir.resolve("parcels.kml");
        Files.writeString(plain, kml, StandardCharsets.UTF_8);
        model.attachments().setReferencePoints(TRUE_J1_TO_J4);
        fx.fieldFile = plain;

        FieldImportViewModel d = model.attachments().fieldImport().orElseThrow();
        assertThat(d.datumProperty().get()).as("preselected from the shift check").isEqualTo(Datum.GCJ02);
        d.chooseDatum(Datum.WGS84);

        MessageKeyed shift = d.warningsProperty().get().stream()
                .filter(w -> w.messageKey().equals("gnss.import.warning.datumShiftLikely")).findFirst().orElseThrow();
        assertThat(Messages.of(Language.ENGLISH).get(shift)).contains("GCJ-02");
        assertThat(Messages.of(Language.TIBETAN).get(shift)).contains("GCJ-02");
    }

    @Test
    void aBrokenFileGivesItsOneMessageAndStoresNothing() throws Exception {
        Path broken = dir.resolve("walk.gpx");
        Files.writeString(broken, "<kml><Document>not a gpx</Document></kml>", StandardCharsets.UTF_8);
        fx.fieldFile = broken;

        FieldImportViewModel d = model.attachments().fieldImport().orElseThrow();

        assertThat(d.errorProperty().get()).isNotNull();
        assertThat(d.errorProperty().get().messageKey()).isEqualTo("gnss.import.error.notFormat");
        assertThat(Messages.of(Language.ENGLISH).get(d.errorProperty().get())).startsWith("walk.gpx: not a GPX file");
        assertThat(d.canImportProperty().get()).isFalse();
        assertThat(d.rowsProperty().get()).isEmpty();
        d.importIntoRecord();
        assertThat(d.importedProperty().get()).isNull();
        assertThat(model.editor().current().attachments()).isEmpty();
    }

    @Test
    void aCassFileNeedsItsPlaneSystem() {
        FieldImportViewModel d = dialogFor("gangcha-zone33.dat");
        assertThat(d.needsCrsProperty().get()).isTrue();
        assertThat(d.errorProperty().get().messageKey()).isEqualTo("gnss.import.error.crsRequired");

        d.setCrs("EPSG:4521");

        assertThat(d.errorProperty().get()).isNull();
        FieldImportViewModel.Row j1 = d.rowsProperty().get().get(0);
        assertThat(metres(j1.lon(), j1.lat(), 100.13451, 37.32215)).isLessThan(0.5);
    }

    @Test
    void cancellingTheChooserOpensNoDialog() {
        fx.fieldFile = null;
        assertThat(model.attachments().fieldImport()).isEmpty();
    }
}
