package org.lastmile.gnss.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastmile.gnss.datum.Datum;
import org.lastmile.survey.crs.GeoPoint;

/**
 * The "done when": a KML of GCJ-02 points imported with datum gcj02 lands within 0.5 m of
 * where the points really are. ovital-parcels.kml holds the GCJ-02 of J1–J4 as an independent
 * implementation gives them, wandergis/coordtransform 2.1.2 ({@code wgs84togcj02}, Node.js),
 * rounded to 7 decimals as map apps write them (Gcj02Test.forwardMatchesCoordtransformInQinghai
 * holds the full values).
 */
class MapAppDatumTest {

    private static final List<GeoPoint> TRUE_J1_TO_J4 = List.of(new GeoPoint(100.13451, 37.32215),
            new GeoPoint(100.13612, 37.32230), new GeoPoint(100.13598, 37.32102), new GeoPoint(100.13440, 37.32095));

    static double metres(double lon1, double lat1, double lon2, double lat2) {
        double mean = Math.toRadians((lat1 + lat2) / 2);
        return 6_371_009.0 * Math.hypot(Math.toRadians(lon1 - lon2) * Math.cos(mean), Math.toRadians(lat1 - lat2));
    }

    @Test
    void gcj02KmlImportedAsGcj02LandsWithinHalfAMetre() {
        ImportResult r = Samples.load("ovital-parcels.kml", ImportOptions.defaults().withDatum(Datum.GCJ02));
        for (int i = 0; i < 4; i++) {
            GeoPoint p = r.points().get(i).shape().positions().get(0);
            GeoPoint truth = TRUE_J1_TO_J4.get(i);
            assertThat(metres(p.lon(), p.lat(), truth.lon(), truth.lat())).as("J%d", i + 1).isLessThan(0.5);
            assertThat(metres(p.lon(), p.lat(), truth.lon(), truth.lat())).as("J%d", i + 1).isLessThan(0.02);
        }
        List<GeoPoint> shell = ((FeatureShape.PolygonShape) r.polygons().get(0).shape()).shell();
        assertThat(metres(shell.get(1).lon(), shell.get(1).lat(), 100.13612, 37.32230)).isLessThan(0.02);
    }

    @Test
    void importedAsIsTheyWouldBeHundredsOfMetresOffAndTheReferencePointsSaySo() {
        ImportResult asIs = Samples.load("ovital-parcels.kml",
                ImportOptions.defaults().withReferences(TRUE_J1_TO_J4));
        GeoPoint j1 = asIs.points().get(0).shape().positions().get(0);
        assertThat(metres(j1.lon(), j1.lat(), 100.13451, 37.32215)).isBetween(100.0, 700.0);
        ImportWarning w = asIs.warnings().stream()
                .filter(x -> x.code() == ImportWarning.Code.DATUM_SHIFT_LIKELY).findFirst().orElseThrow();
        assertThat(w.messageArgs()[1]).isEqualTo(Datum.GCJ02);
        assertThat((Long) w.messageArgs()[0]).isBetween(100L, 700L);
        assertThat((Long) w.messageArgs()[2]).isZero();

        ImportResult right = Samples.load("ovital-parcels.kml",
                ImportOptions.defaults().withDatum(Datum.GCJ02).withReferences(TRUE_J1_TO_J4));
        assertThat(right.warnings()).extracting(ImportWarning::code)
                .doesNotContain(ImportWarning.Code.DATUM_SHIFT_LIKELY, ImportWarning.Code.DATUM_SHIFT_UNEXPLAINED,
                        ImportWarning.Code.MAP_APP_FILE);
    }

    @Test
    void bd09CsvIsConvertedToo() {
        GeoPoint bd = Datum.BD09.fromWgs84(100.13451, 37.32215);
        String csv = "name,lng,lat\nJ1," + bd.lon() + "," + bd.lat() + "\n";
        ImportResult r = new FileImporter().importBytes("baidu.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ImportOptions.defaults().withDatum(Datum.BD09));
        GeoPoint p = r.points().get(0).shape().positions().get(0);
        assertThat(metres(p.lon(), p.lat(), 100.13451, 37.32215)).isLessThan(0.001);
        assertThat(r.points().get(0).datumIn()).isEqualTo(Datum.BD09);
        assertThat(r.points().get(0).crsIn()).isEqualTo("BD-09");
    }

    @Test
    void aMapAppDatumOutsideChinaChangesNothingAndSaysSo() {
        String csv = "name,lat,lon\nParis,48.85,2.35\n";
        ImportResult r = new FileImporter().importBytes("p.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ImportOptions.defaults().withDatum(Datum.GCJ02));
        assertThat(r.points().get(0).shape().positions().get(0)).isEqualTo(GeoPoint.of(2.35, 48.85));
        assertThat(r.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarning.Code.OUTSIDE_CHINA);
    }
}
