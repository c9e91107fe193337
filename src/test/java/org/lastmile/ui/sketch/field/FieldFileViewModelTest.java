package org.lastmile.ui.sketch.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.CornerSource;
import org.lastmile.domain.sketch.LandmarkKind;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.service.AttachmentService;
import org.lastmile.service.FieldImportService;
import org.lastmile.service.SketchFieldFiles;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.sketch.SketchViewModel;

/**
 * Field files onto the sketch through the real importers. Expected plane positions are from PROJ
 * ({@code echo "lat lon" | cs2cs -f %.3f EPSG:4490 EPSG:4542}), not from the code under test.
 */
@ExtendWith(FxThread.class)
class FieldFileViewModelTest {

    @TempDir
    Path dir;
    SketchViewModel sketch;
    FieldFileViewModel files;
    UiFixture fixture;

    @BeforeEach
    void setUp() {
        sketch = new SketchViewModel(new SketchHistory(SiteSketch.empty(UUID.randomUUID(), "EPSG:4542", 0)),
                new Background(Runnable::run));
        fixture = new UiFixture(dir.resolve("store"));
        SketchFieldFiles reader = new SketchFieldFiles(new FieldImportService(new AttachmentService(
                fixture.store.attachments(org.lastmile.store.attachments.AttachmentLimits.DEFAULT))));
        files = new FieldFileViewModel(sketch, reader::read, new Background(Runnable::run));
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        fixture.close();
    }

    private static Path resource(String name) throws Exception {
        return Path.of(FieldFileViewModelTest.class.getResource(name).toURI());
    }

    private static String en(org.lastmile.common.MessageKeyed m) {
        return Messages.of(Language.ENGLISH).get(m);
    }

    @Test
    void gpxWaypointsBecomeCornersInOneUndoableStep() throws Exception {
        files.open(resource("/import/field-walk-1.1.gpx"));
        assertThat(files.messageProperty().get()).isNotNull();
        long points = files.rows().stream().filter(r -> r.useProperty().get() == FieldFileUse.CORNER).count();
        assertThat(points).isEqualTo(4); // the file's four <wpt>
        assertThat(files.apply()).isTrue();
        SiteSketch after = sketch.current();
        assertThat(after.corners()).hasSize(4);
        Corner first = after.corners().get(0);
        assertThat(first.origin().source()).isEqualTo(CornerSource.IMPORTED);
        assertThat(first.origin().lat()).isCloseTo(37.32215, within(1e-9));
        assertThat(first.origin().lon()).isCloseTo(100.13451, within(1e-9));
        assertThat(first.position().e()).isCloseTo(600558.758, within(0.002));
        assertThat(first.position().n()).isCloseTo(4132867.056, within(0.002));
        assertThat(sketch.undo().canUndoProperty().get()).isTrue();
        sketch.undo().undo();
        assertThat(sketch.current().corners()).isEmpty();
    }

    @Test
    void aCsvPointCanBecomeALandmarkInsteadOfACorner() throws Exception {
        files.open(resource("/import/points-zh-bom.csv"));
        FieldFileViewModel.Row village = files.rows().stream().filter(r -> r.point().name().equals("村委会")).findFirst()
                .orElseThrow();
        files.rows().forEach(r -> r.useProperty().set(FieldFileUse.SKIP));
        village.useProperty().set(FieldFileUse.BUILDING);
        assertThat(files.apply()).isTrue();
        assertThat(sketch.current().corners()).isEmpty();
        assertThat(sketch.current().landmarks()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LandmarkKind.BUILDING);
            assertThat(l.label()).isEqualTo("村委会");
            assertThat(l.points().get(0).e()).isCloseTo(600392.147, within(0.002));
            assertThat(l.points().get(0).n()).isCloseTo(4133749.771, within(0.002));
        });
    }

    @Test
    void anNmeaLogStoodOnACornerIsAveragedIntoOneGnssCorner() throws Exception {
        Path log = dir.resolve("corner.nmea");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            s.append(gga(i, "3718.00000", "10009.00000")).append("\r\n"); // 37°18'N 100°09'E = 37.30, 100.15
        }
        Files.writeString(log, s.toString(), StandardCharsets.US_ASCII);
        files.open(log);
        assertThat(files.rows()).singleElement().satisfies(r -> assertThat(r.point().fixes()).isEqualTo(40));
        assertThat(files.apply()).isTrue();
        Corner c = sketch.current().corners().get(0);
        assertThat(c.origin().source()).isEqualTo(CornerSource.GNSS);
        assertThat(c.origin().fixCount()).isEqualTo(40);
        assertThat(c.position().e()).isCloseTo(601961.697, within(0.01));
        assertThat(c.position().n()).isCloseTo(4130425.238, within(0.01));
    }

    /** A GGA sentence with a fix of quality 1, 9 satellites, HDOP 0.8 and its checksum. */
    private static String gga(int second, String lat, String lon) {
        String body = String.format(Locale.ROOT, "GPGGA,0400%02d.00,%s,N,%s,E,1,09,0.8,3300.0,M,-30.0,M,,",
                second, lat, lon);
        int sum = 0;
        for (char ch : body.toCharArray()) {
            sum ^= ch;
        }
        return "$" + body + String.format("*%02X", sum);
    }

    @Test
    void aBadFileLeavesOneLineAndChangesNothing() throws Exception {
        Path bad = dir.resolve("walk.gpx");
        Files.writeString(bad, "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document/></kml>");
        SiteSketch before = sketch.current();
        files.open(bad);
        assertThat(files.rows()).isEmpty();
        String line = en(files.messageProperty().get());
        assertThat(line).doesNotContain("\n").doesNotContain("Exception").contains("walk.gpx");
        assertThat(files.apply()).isFalse();
        assertThat(sketch.current()).isSameAs(before);
        assertThat(sketch.undo().canUndoProperty().get()).isFalse();
    }

    @Test
    void anNmeaLogTooShortToAverageIsRefusedInOneLine() throws Exception {
        files.open(resource("/nmea/beidou-bd.log")); // five fixes: fewer than the averaging needs
        assertThat(files.rows()).isEmpty();
        assertThat(en(files.messageProperty().get())).doesNotContain("\n").containsPattern("\\d+ usable fixes");
        assertThat(sketch.current().corners()).isEmpty();
    }
}
