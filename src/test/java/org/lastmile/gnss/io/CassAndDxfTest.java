package org.lastmile.gnss.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lastmile.gnss.datum.Datum;
import org.lastmile.survey.crs.GeoPoint;

class CassAndDxfTest {

    private static final PlaneProjection ZONE_33 = new Proj4jZone33();
    private static final ImportOptions WITH_ZONE = ImportOptions.defaults().withPlane(ZONE_33);

    @Test
    void cassFileInZone33LandsOnThePointsCs2csProjected() {
        ImportResult r = Samples.load("gangcha-zone33.dat", WITH_ZONE);
        assertThat(r.format()).isEqualTo(FileFormat.CASS_DAT);
        assertThat(r.problems()).isEmpty();
        assertThat(r.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarning.Code.READ_AS_GBK);
        assertThat(r.points()).extracting(Feature::name).containsExactly("J1", "J2", "J3", "J4", "村委会");
        double[][] truth = {{100.13451, 37.32215, 3301.2}, {100.13612, 37.32230, 3300.8},
            {100.13598, 37.32102, 3302.5}, {100.13440, 37.32095, 3303.1}, {100.13275, 37.33012, 3298.4}};
        for (int i = 0; i < truth.length; i++) {
            GeoPoint p = r.points().get(i).shape().positions().get(0);
            assertThat(MapAppDatumTest.metres(p.lon(), p.lat(), truth[i][0], truth[i][1])).isLessThan(0.001);
            assertThat(p.height()).isEqualTo(truth[i][2]);
        }
        Feature j1 = r.points().get(0);
        assertThat(j1.properties()).containsEntry("code", "JZD");
        assertThat(j1.crsIn()).isEqualTo("EPSG:4521");
        assertThat(j1.datumIn()).isEqualTo(Datum.CGCS2000);
        assertThat(j1.source()).isEqualTo(SourceRef.line(1));
    }

    @Test
    void cassWithoutASystemIsRefused() {
        assertThatThrownBy(() -> Samples.load("gangcha-zone33.dat")).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.error()).isEqualTo(ImportError.CRS_REQUIRED));
    }

    @Test
    void cassBadLinesAndPointsOutsideTheZone() {
        String dat = "A,,33600558.7583,4132867.0561,3301.2\nB,,abc,4132867,1\nC,,600558.7583,4132867.0561,1\n"
                + "D,,33600558.7583\nE,,33600558.7583,4132867.0561\n";
        ImportResult r = new FileImporter().importBytes("x.dat", dat.getBytes(StandardCharsets.UTF_8), WITH_ZONE);
        assertThat(r.points()).extracting(Feature::name).containsExactly("A", "E");
        assertThat(r.points().get(1).shape().positions().get(0).hasHeight()).isFalse();
        assertThat(r.problems()).extracting(ImportProblem::line, ImportProblem::code).containsExactly(
                tuple(2, ImportProblem.Code.BAD_NUMBER), tuple(3, ImportProblem.Code.OUTSIDE_ZONE),
                tuple(4, ImportProblem.Code.TOO_FEW_FIELDS));
    }

    @Test
    void cassRoundTripKeepsPointsToAMillimetreInGb18030() throws IOException {
        ImportResult r = Samples.load("gangcha-zone33.dat", WITH_ZONE);
        StringWriter out = new StringWriter();
        new CassDatExporter(ZONE_33).write(r.features(), out);
        assertThat(out.toString()).startsWith("J1,JZD,33600558.7583,4132867.0561,3301.2\r\n");
        byte[] gbk = out.toString().getBytes(ExportFormat.DAT.fileCharset());
        ImportResult back = new FileImporter().importBytes("back.dat", gbk, WITH_ZONE);
        assertThat(back.points()).extracting(Feature::name).containsExactly("J1", "J2", "J3", "J4", "村委会");
        for (int i = 0; i < r.points().size(); i++) {
            RoundTripTest.assertSame(r.points().get(i).shape().positions(), back.points().get(i).shape().positions());
        }
    }

    @Test
    void cassWritesEveryVertexOfLinesAndAreasAsPoints() throws IOException {
        ImportResult parcels = Samples.load("parcels.geojson");
        StringWriter out = new StringWriter();
        new CassDatExporter(ZONE_33).write(parcels.polygons(), out);
        assertThat(out.toString().lines()).extracting(l -> l.split(",")[0])
                .containsExactly("争议耕地-1", "争议耕地-2", "争议耕地-3", "争议耕地-4", "争议耕地-5", "争议耕地-6",
                        "争议耕地-7", "争议耕地-8");
    }

    @Test
    void dxfIsWellFormedR12WithEveryCoordinateToAMillimetre() throws IOException {
        List<Feature> features = new ArrayList<>(Samples.load("parcels.geojson").features());
        features.addAll(Samples.load("field-walk-1.1.gpx").features());
        StringWriter out = new StringWriter();
        new DxfExporter(ZONE_33).write(features, out);
        String dxf = out.toString();
        assertThat(Charset.forName("US-ASCII").newEncoder().canEncode(dxf)).isTrue();
        Dxf parsed = Dxf.parse(dxf);
        assertThat(parsed.header).containsEntry("$ACADVER", "AC1009");
        assertThat(parsed.sections).containsExactly("HEADER", "TABLES", "ENTITIES");
        assertThat(parsed.layersDefined).containsExactly("POINTS", "LINES", "PARCELS", "LABELS");
        assertThat(parsed.entityLayers).isSubsetOf(parsed.layersDefined);

        List<double[]> expected = new ArrayList<>();
        int polylines = 0;
        for (Feature f : features) {
            if (f.shape() instanceof FeatureShape.PointShape p) {
                expected.add(ZONE_33.toPlane(p.position().lon(), p.position().lat()));
            }
        }
        assertThat(parsed.points).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(Math.hypot(parsed.points.get(i)[0] - expected.get(i)[0],
                    parsed.points.get(i)[1] - expected.get(i)[1])).isLessThan(0.001);
        }
        List<double[]> vertices = new ArrayList<>();
        for (Feature f : features) {
            if (f.shape() instanceof FeatureShape.LineShape l) {
                l.vertices().forEach(v -> vertices.add(ZONE_33.toPlane(v.lon(), v.lat())));
                polylines++;
            } else if (f.shape() instanceof FeatureShape.PolygonShape pg) {
                pg.shell().subList(0, pg.shell().size() - 1).forEach(v -> vertices.add(ZONE_33.toPlane(v.lon(), v.lat())));
                polylines++;
                for (List<GeoPoint> h : pg.holes()) {
                    h.subList(0, h.size() - 1).forEach(v -> vertices.add(ZONE_33.toPlane(v.lon(), v.lat())));
                    polylines++;
                }
            }
        }
        assertThat(parsed.polylines).isEqualTo(polylines);
        assertThat(parsed.vertices).hasSameSizeAs(vertices);
        for (int i = 0; i < vertices.size(); i++) {
            assertThat(Math.hypot(parsed.vertices.get(i)[0] - vertices.get(i)[0],
                    parsed.vertices.get(i)[1] - vertices.get(i)[1])).isLessThan(0.001);
        }
        assertThat(parsed.texts).contains("J1", "\\U+4E89\\U+8BAE\\U+8015\\U+5730");
    }

    @Test
    void dxfEscapesWhatIsNotAscii() {
        assertThat(DxfExporter.escape("J1 界址\nཀ")).isEqualTo("J1 \\U+754C\\U+5740 \\U+0F40");
    }

    /** A minimal reader of the DXF this exporter writes: group code / value pairs. */
    static final class Dxf {
        final Map<String, String> header = new java.util.HashMap<>();
        final List<String> sections = new ArrayList<>();
        final List<String> layersDefined = new ArrayList<>();
        final java.util.Set<String> entityLayers = new java.util.HashSet<>();
        final List<double[]> points = new ArrayList<>();
        final List<double[]> vertices = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        int polylines;

        static Dxf parse(String text) {
            String[] lines = text.split("\r\n", -1);
            assertThat(lines.length % 2).as("pairs").isEqualTo(1);
            Dxf d = new Dxf();
            String section = null;
            String entity = null;
            String table = null;
            double[] xyz = null;
            boolean openPolyline = false;
            for (int i = 0; i + 1 < lines.length; i += 2) {
                int code = Integer.parseInt(lines[i].strip());
                String v = lines[i + 1];
                if (code == 0) {
                    if (xyz != null && "POINT".equals(entity)) {
                        d.points.add(xyz);
                    } else if (xyz != null && "VERTEX".equals(entity)) {
                        d.vertices.add(xyz);
                    }
                    xyz = null;
                    entity = v;
                    switch (v) {
                        case "POLYLINE" -> {
                            assertThat(openPolyline).isFalse();
                            openPolyline = true;
                            d.polylines++;
                        }
                        case "SEQEND" -> {
                            assertThat(openPolyline).isTrue();
                            openPolyline = false;
                        }
                        case "VERTEX" -> assertThat(openPolyline).isTrue();
                        case "ENDSEC" -> section = null;
                        default -> {
                        }
                    }
                    if ("ENTITIES".equals(section) && !v.equals("ENDSEC")) {
                        xyz = new double[3];
                    }
                } else if (code == 2 && "SECTION".equals(entity)) {
                    section = v;
                    d.sections.add(v);
                } else if (code == 2 && "TABLE".equals(entity)) {
                    table = v;
                } else if (code == 2 && "LAYER".equals(entity) && "LAYER".equals(table)) {
                    d.layersDefined.add(v);
                } else if (code == 9) {
                    d.header.put(v, lines[i + 3]);
                } else if (code == 8 && "ENTITIES".equals(section)) {
                    d.entityLayers.add(v);
                } else if (code == 1 && "TEXT".equals(entity)) {
                    d.texts.add(v);
                } else if (xyz != null && (code == 10 || code == 20 || code == 30)) {
                    xyz[code / 10 - 1] = Double.parseDouble(v);
                }
            }
            assertThat(lines[lines.length - 2]).isEqualTo("EOF");
            assertThat(openPolyline).isFalse();
            return d;
        }
    }
}
