package org.lastmile.gnss.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.lastmile.gnss.datum.Datum;
import org.lastmile.survey.crs.GeoPoint;

class KmlImporterTest {

    private static ImportResult kml(String text) {
        return new FileImporter().importBytes("t.kml", text.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());
    }

    @Test
    void ovitalStyleExportWithEveryGeometry() {
        ImportResult r = Samples.load("ovital-parcels.kml", ImportOptions.defaults().withDatum(Datum.GCJ02));
        assertThat(r.problems()).isEmpty();
        assertThat(r.points()).extracting(Feature::name).containsExactly("J1", "J2", "J3", "J4", "邻地");
        assertThat(r.points().get(0).source()).isEqualTo(new SourceRef(9, "Document[1]/Folder[1]/Placemark[1]"));
        assertThat(r.points().get(1).shape().positions().get(0).height()).isEqualTo(3300.8);
        assertThat(r.points().get(2).shape().positions().get(0).hasHeight()).isFalse();
        assertThat(r.points().get(3).properties()).containsEntry("description", "油漆标记 <b>南</b>");
        Feature parcel = r.polygons().get(0);
        assertThat(parcel.name()).isEqualTo("争议耕地");
        FeatureShape.PolygonShape shape = (FeatureShape.PolygonShape) parcel.shape();
        assertThat(shape.shell()).hasSize(5);
        assertThat(shape.holes()).hasSize(1);
        assertThat(shape.holes().get(0)).hasSize(5);
        assertThat(r.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarning.Code.RINGS_CLOSED);
        assertThat(r.lines()).extracting(Feature::name).containsExactly("水渠");
        assertThat(r.features()).filteredOn(f -> f.name().equals("邻地"))
                .extracting(f -> f.source().element()).containsExactly(
                        "Document[1]/Folder[1]/Placemark[7]/MultiGeometry[1]/Point[1]",
                        "Document[1]/Folder[1]/Placemark[7]/MultiGeometry[1]/Polygon[1]");
        assertThat(r.features()).allSatisfy(f -> {
            assertThat(f.datumIn()).isEqualTo(Datum.GCJ02);
            assertThat(f.crsIn()).isEqualTo("GCJ-02");
        });
    }

    @Test
    void ovitalFileReadAsWgs84IsFlaggedAsAMapAppFile() {
        ImportResult r = Samples.load("ovital-parcels.kml");
        assertThat(r.warnings()).extracting(ImportWarning::code).contains(ImportWarning.Code.MAP_APP_FILE);
    }

    @Test
    void kmzHoldsTheSameDocument() {
        ImportResult kml = Samples.load("ovital-parcels.kml");
        ImportResult kmz = Samples.load("ovital-parcels.kmz");
        assertThat(kmz.format()).isEqualTo(FileFormat.KMZ);
        assertThat(kmz.features()).extracting(Feature::shape)
                .containsExactlyElementsOf(kml.features().stream().map(Feature::shape).toList());
        assertThat(kmz.features().get(0).source().element()).isEqualTo("doc.kml!/Document[1]/Folder[1]/Placemark[1]");
        assertThat(kmz.warnings()).extracting(ImportWarning::code).contains(ImportWarning.Code.MAP_APP_FILE);
    }

    @Test
    void noNamespaceGxTrackAndProblems() {
        ImportResult r = Samples.load("amap-track-no-namespace.kml");
        assertThat(r.lines()).extracting(Feature::name, f -> f.shape().positions().size())
                .containsExactly(tuple("巡查轨迹", 3));
        assertThat(r.lines().get(0).shape().positions().get(2)).isEqualTo(new GeoPoint(100.1377520, 37.3228040, 3300));
        assertThat(r.problems()).extracting(ImportProblem::code, ImportProblem::line, ImportProblem::detail)
                .containsExactly(tuple(ImportProblem.Code.BAD_NUMBER, 20, "abc"));
    }

    @Test
    void coordinateTuplesAreReadHoweverSpaced() {
        KmlCoordinates.Parsed p = KmlCoordinates.parse(" 1,2,3 \n\t4 ,5\n6, 7, 8\n", 10, "x");
        assertThat(p.problem()).isEmpty();
        assertThat(p.positions()).containsExactly(new GeoPoint(1, 2, 3), new GeoPoint(4, 5, Double.NaN),
                new GeoPoint(6, 7, 8));
        assertThat(KmlCoordinates.parse("1,2 3", 1, "x").problem().orElseThrow().code())
                .isEqualTo(ImportProblem.Code.BAD_TUPLE);
        assertThat(KmlCoordinates.parse("1,2,3,4", 1, "x").positions()).containsExactly(new GeoPoint(1, 2, 3));
        assertThat(KmlCoordinates.parse("1,,2", 1, "x").problem()).isPresent();
        assertThat(KmlCoordinates.parse("1,2\n\n200,2", 5, "x").problem().orElseThrow().line()).isEqualTo(7);
    }

    @Test
    void anExternalEntityIsNeverRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<kml><Placemark><name>&x;</name><Point><coordinates>1,2</coordinates></Point></Placemark></kml>";
        assertThatThrownBy(() -> kml(xxe)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.error()).isEqualTo(ImportError.BROKEN));
    }

    @Test
    void aZipBombStopsAtTheLimit() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("doc.kml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        ImportOptions small = ImportOptions.defaults().withLimits(new ImportLimits(100 << 20, 16 << 20, 65536, 1000));
        assertThat(bytes.size()).isLessThan(1 << 20);
        assertThatThrownBy(() -> new FileImporter().importBytes("bomb.kmz", bytes.toByteArray(), small))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.error()).isEqualTo(ImportError.TOO_LARGE));
    }

    @Test
    void aKmzWithoutKmlIsSaidSo() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("photo.jpg"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        assertThatThrownBy(() -> new FileImporter().importBytes("x.kmz", bytes.toByteArray(), ImportOptions.defaults()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.error()).isEqualTo(ImportError.KMZ_WITHOUT_KML));
    }

    @Test
    void aPolygonWithTooFewVerticesIsAProblem() {
        ImportResult r = kml("<kml><Placemark><name>p</name><Polygon><outerBoundaryIs><LinearRing>"
                + "<coordinates>1,2 3,4</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>");
        assertThat(r.features()).isEmpty();
        assertThat(r.problems()).extracting(ImportProblem::code).containsExactly(ImportProblem.Code.TOO_FEW_POSITIONS);
        assertThat(List.of(r.warnings().size())).containsExactly(0);
    }

    @Test
    void gxTrackWithTimesAndTheEmptyPointBesideItAsTrackRecordersWriteThem() {
        ImportResult r = kml("""
                <kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
                <Placemark><name>巡查</name>
                <Point><coordinates/></Point>
                <gx:MultiTrack><gx:Track>
                <when>2024-05-01T02:00:00Z</when><when>2024-05-01T02:00:05Z</when>
                <gx:coord>100.1 37.3 3300</gx:coord><gx:coord>100.2 37.4 3301</gx:coord>
                </gx:Track><gx:Track>
                <gx:coord>100.3 37.5 3302</gx:coord>
                </gx:Track></gx:MultiTrack>
                </Placemark></kml>
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.lines()).hasSize(1);
        Feature first = r.lines().get(0);
        assertThat(first.shape().positions()).containsExactly(new GeoPoint(100.1, 37.3, 3300),
                new GeoPoint(100.2, 37.4, 3301));
        assertThat(first.properties()).containsEntry("time_begin", "2024-05-01T02:00:00Z")
                .containsEntry("time_end", "2024-05-01T02:00:05Z");
        // a track of one position is that position, not a problem
        assertThat(r.points()).extracting(f -> f.shape().positions().get(0))
                .containsExactly(new GeoPoint(100.3, 37.5, 3302));
    }

    @Test
    void extraValuesInATupleAreNotCoordinates() {
        ImportResult r = kml("<kml><Placemark><name>p</name><Point><coordinates>100.5,37.2,3300,20</coordinates>"
                + "</Point></Placemark></kml>");
        assertThat(r.problems()).isEmpty();
        assertThat(r.points().get(0).shape().positions()).containsExactly(new GeoPoint(100.5, 37.2, 3300));
    }

    @Test
    void aGroundOverlayQuadIsAFootprintWithItsName() {
        ImportResult r = kml("""
                <kml xmlns:gx="http://www.google.com/kml/ext/2.2"><GroundOverlay><name>航拍底图</name>
                <gx:LatLonQuad><coordinates>100.1,37.1 100.2,37.1 100.2,37.2 100.1,37.2</coordinates></gx:LatLonQuad>
                </GroundOverlay></kml>
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.warnings()).isEmpty();
        assertThat(r.polygons()).extracting(Feature::name).containsExactly("航拍底图");
        assertThat(((FeatureShape.PolygonShape) r.polygons().get(0).shape()).shell()).containsExactly(
                GeoPoint.of(100.1, 37.1), GeoPoint.of(100.2, 37.1), GeoPoint.of(100.2, 37.2),
                GeoPoint.of(100.1, 37.2), GeoPoint.of(100.1, 37.1));
    }

    @Test
    void aGroundOverlayBoxIsReportedInOneLine() {
        ImportResult r = kml("<kml><GroundOverlay><name>o</name><LatLonBox><north>37.2</north><south>37.1</south>"
                + "<east>100.2</east><west>100.1</west><rotation>3</rotation></LatLonBox></GroundOverlay></kml>");
        assertThat(r.features()).isEmpty();
        assertThat(r.problems()).extracting(ImportProblem::code, ImportProblem::detail)
                .containsExactly(tuple(ImportProblem.Code.UNSUPPORTED_GEOMETRY, "LatLonBox"));
    }
}
