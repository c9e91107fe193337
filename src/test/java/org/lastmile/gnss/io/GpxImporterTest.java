package org.lastmile.gnss.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.GeoPoint;

class GpxImporterTest {

    private static ImportResult gpx(String text) {
        return new FileImporter().importBytes("t.gpx", text.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());
    }

    @Test
    void gpx11WaypointsRouteAndTrackSegments() {
        ImportResult r = Samples.load("field-walk-1.1.gpx");
        assertThat(r.format()).isEqualTo(FileFormat.GPX);
        assertThat(r.problems()).isEmpty();
        assertThat(r.points()).extracting(Feature::name).containsExactly("J1", "J2", "J3", "J4");
        Feature j1 = r.points().get(0);
        assertThat(j1.source()).isEqualTo(new SourceRef(10, "wpt[1]"));
        assertThat(j1.shape().positions().get(0)).isEqualTo(new GeoPoint(100.13451, 37.32215, 3301.2));
        assertThat(j1.properties()).containsEntry("description", "水泥桩 西北角")
                .containsEntry("time", "2023-06-14T03:15:10Z");
        assertThat(r.lines()).extracting(Feature::name, f -> f.source().element(), f -> f.shape().positions().size())
                .containsExactly(tuple("去地块的路", "rte[1]", 3), tuple("沿地界步行", "trk[1]/trkseg[1]", 4),
                        tuple("沿地界步行", "trk[1]/trkseg[2]", 2));
        assertThat(r.lines().get(1).source().line()).isEqualTo(32);
        assertThat(r.lines().get(1).shape().positions().get(3)).isEqualTo(new GeoPoint(100.136050, 37.321660, 3301.6));
    }

    @Test
    void gpx10IsReadWithItsOwnNamespace() {
        ImportResult r = Samples.load("field-walk-1.0.gpx");
        assertThat(r.problems()).isEmpty();
        assertThat(r.points()).extracting(Feature::name).containsExactly("J1", "J2");
        assertThat(r.points().get(1).shape().positions().get(0)).isEqualTo(new GeoPoint(100.13612, 37.3223, 3300.8));
        assertThat(r.lines()).extracting(Feature::name).containsExactly("R1", "地界");
        assertThat(r.lines().get(1).shape().positions()).hasSize(3);
    }

    @Test
    void badPointsAreProblemsAndLeftOutOfTheirTrack() {
        ImportResult r = Samples.load("track-bad-points.gpx");
        assertThat(r.points()).extracting(Feature::name).containsExactly("good");
        assertThat(r.problems()).extracting(ImportProblem::line, ImportProblem::code, p -> p.source().element())
                .containsExactly(tuple(4, ImportProblem.Code.BAD_NUMBER, "wpt[2]"),
                        tuple(5, ImportProblem.Code.MISSING_COORDINATE, "wpt[3]"),
                        tuple(8, ImportProblem.Code.LATITUDE_OUT_OF_RANGE, "trk[1]/trkseg[1]/trkpt[2]"));
        assertThat(r.lines().get(0).shape().positions()).extracting(GeoPoint::lat).containsExactly(37.1, 37.2);
    }

    @Test
    void aCutFileIsBrokenAtItsLine() {
        String cut = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">\n<wpt lat=\"1\" lon=\"2\">\n<name>a</na";
        assertThatThrownBy(() -> gpx(cut)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.error()).isEqualTo(ImportError.BROKEN);
            assertThat(e.messageArgs()[2]).isEqualTo(4);
        });
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverResolved() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<gpx version=\"1.1\"><wpt lat=\"1\" lon=\"2\"><name>&x;</name></wpt></gpx>";
        assertThatThrownBy(() -> gpx(xxe)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.error()).isEqualTo(ImportError.BROKEN));
    }

    @Test
    void aKmlNamedGpxIsNotAGpxFile() {
        assertThatThrownBy(() -> new FileImporter().importBytes("walk.gpx", Samples.bytes("ovital-parcels.kml"),
                ImportOptions.defaults())).isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.error()).isEqualTo(ImportError.NOT_FORMAT);
                    assertThat(e.messageArgs()[1]).isEqualTo("GPX");
                    assertThat(e.messageArgs()[2]).isEqualTo(2);
                    assertThat(((Sniff) e.messageArgs()[3]).root()).isEqualTo("kml");
                });
    }

    @Test
    void withoutNamespaceAndWithGbkDeclaration() {
        byte[] gbk = ("<?xml version=\"1.0\" encoding=\"GBK\"?><gpx version=\"1.1\"><wpt lat=\"37.1\" lon=\"100.1\">"
                + "<name>界址点</name></wpt></gpx>").getBytes(java.nio.charset.Charset.forName("GBK"));
        ImportResult r = new FileImporter().importBytes("t.gpx", gbk, ImportOptions.defaults());
        assertThat(r.points()).extracting(Feature::name).containsExactly("界址点");
    }

    @Test
    void gpx10AsExpertGpsWritesItWithAStylesheetCdataAndForeignNamespaces() {
        ImportResult r = gpx("""
                <?xml version="1.0" standalone="yes"?>
                <?xml-stylesheet type="text/xsl" href="details.xsl"?>
                <gpx version="1.0" creator="ExpertGPS 1.1.1" xmlns="http://www.topografix.com/GPX/1/0"
                 xmlns:topografix="http://www.topografix.com/GPX/Private/TopoGrafix/0/2">
                <name><![CDATA[Blue Hills]]></name>
                <wpt lat="42.2" lon="-71.1"><ele>100.5</ele><name><![CDATA[Great Blue]]></name>
                <topografix:color>ff0000</topografix:color></wpt>
                <trk><name><![CDATA[Loop]]></name><extensions><x:speed xmlns:x="urn:x">3</x:speed></extensions>
                <trkseg><trkpt lat="42.21" lon="-71.11"><ele>101</ele></trkpt>
                <trkpt lat="42.22" lon="-71.12"/></trkseg></trk>
                </gpx>
                """.strip());
        assertThat(r.problems()).isEmpty();
        assertThat(r.points()).extracting(Feature::name).containsExactly("Great Blue");
        assertThat(r.points().get(0).shape().positions()).containsExactly(new GeoPoint(-71.1, 42.2, 100.5));
        assertThat(r.lines()).extracting(Feature::name).containsExactly("Loop");
        assertThat(r.lines().get(0).shape().positions()).containsExactly(new GeoPoint(-71.11, 42.21, 101),
                GeoPoint.of(-71.12, 42.22));
    }

    @Test
    void aSegmentOfOnePointIsThatPointAndAnEmptyOneIsNothing() {
        ImportResult r = gpx("<gpx version=\"1.1\"><trk><name>t</name><trkseg/><trkseg>"
                + "<trkpt lat=\"37.1\" lon=\"100.1\"/></trkseg></trk><rte/></gpx>");
        assertThat(r.problems()).isEmpty();
        assertThat(r.points()).extracting(Feature::name, f -> f.source().element())
                .containsExactly(tuple("t", "trk[1]/trkseg[2]"));
    }
}
