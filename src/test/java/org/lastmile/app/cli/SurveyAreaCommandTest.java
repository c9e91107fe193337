package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyAreaCommandTest {

    private static final Map<String, String> EN = Map.of("LASTMILE_LANG", "en");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode json(CliRun r) throws Exception {
        assertThat(r.err).as(r.err).isEmpty();
        assertThat(r.exit).isZero();
        return JSON.readTree(r.out);
    }

    @Test
    void geographicInputDefaultsToTheEllipsoidalArea() throws Exception {
        // Planimeter -p 10 -e 6378137 1/298.257222101: 987766.69308 m²
        Path f = SurveyFiles.write(dir, "q.geojson", SurveyFiles.qinghaiQuadrangle());
        JsonNode n = json(CliRun.run(EN, "survey", "area", f.toString(), "--crs", "EPSG:4490", "--json"));
        assertThat(n.get("surface").asText()).isEqualTo("ellipsoid");
        assertThat(n.get("m2").asDouble()).isCloseTo(987766.69308, within(1e-3));
        assertThat(n.get("mu").asDouble()).isCloseTo(987766.69308 * 15 / 10000, within(1e-5));
        assertThat(n.get("hectares").asDouble()).isCloseTo(98.776669308, within(1e-6));
        assertThat(n.get("plane_crs").asText()).isEqualTo("EPSG:4542");
        // corners by cs2cs EPSG:4490 EPSG:4542, shoelace in exact rationals: 987961.35596
        assertThat(n.get("plane_m2").asDouble()).isCloseTo(987961.35596, within(0.01));
        assertThat(n.get("wgs84_taken_as_cgcs2000").asBoolean()).isFalse();
    }

    @Test
    void noCrsMeansGeoJsonLongitudeLatitude() throws Exception {
        Path f = SurveyFiles.write(dir, "q.geojson", SurveyFiles.qinghaiQuadrangle());
        CliRun r = CliRun.run(EN, "survey", "area", f.toString(), "--json");
        JsonNode n = JSON.readTree(r.out);
        assertThat(n.get("crs").asText()).isEqualTo("EPSG:4326");
        assertThat(n.get("m2").asDouble()).isCloseTo(987766.69308, within(1e-3));
        assertThat(n.get("wgs84_taken_as_cgcs2000").asBoolean()).isTrue();
        CliRun plane = CliRun.run(EN, "survey", "area", f.toString(), "--surface", "plane", "--json");
        assertThat(JSON.readTree(plane.out).get("m2").asDouble()).isCloseTo(987961.35596, within(0.01));
    }

    @Test
    void planeInputAndGroundArea() throws Exception {
        Path f = SurveyFiles.write(dir, "l.geojson", SurveyFiles.lShape());
        JsonNode n = json(CliRun.run(EN, "survey", "area", f.toString(), "--crs", "EPSG:4542", "--json"));
        assertThat(n.get("surface").asText()).isEqualTo("plane");
        assertThat(n.get("m2").asDouble()).isCloseTo(7300, within(1e-6));
        assertThat(n.get("mu").asDouble()).isCloseTo(10.95, within(1e-9));
        // Ground at 3000 m: k at the centroid by TransverseMercatorProj -s -r (1.0002196246252504),
        // R = √(Mν) at its latitude 36.9997481° (python3): 7300·((R + h)/(k·R))² = 7303.66674062
        JsonNode g = json(CliRun.run(EN, "survey", "area", f.toString(), "--crs", "EPSG:4542", "--surface", "ground",
                "--height", "3000", "--json"));
        assertThat(g.get("surface").asText()).isEqualTo("ground");
        assertThat(g.get("m2").asDouble()).isCloseTo(7303.66674062, within(1e-4));
        assertThat(g.get("ground_m2").asDouble()).isEqualTo(g.get("m2").asDouble());
        assertThat(g.get("height_m").asDouble()).isEqualTo(3000.0);
    }

    @Test
    void theFileMayNameItsCrs() throws Exception {
        String withCrs = SurveyFiles.lShape().replaceFirst("\\{", "{\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:EPSG::4542\"}},");
        Path f = SurveyFiles.write(dir, "l.geojson", withCrs);
        JsonNode n = json(CliRun.run(EN, "survey", "area", f.toString(), "--json"));
        assertThat(n.get("crs").asText()).isEqualTo("EPSG:4542");
        assertThat(n.get("m2").asDouble()).isCloseTo(7300, within(1e-6));
    }

    @Test
    void humanOutputIsLocalized() {
        Path f = SurveyFiles.write(dir, "l.geojson", SurveyFiles.lShape());
        CliRun en = CliRun.run(EN, "survey", "area", f.toString(), "--crs", "EPSG:4542");
        assertThat(en.exit).isZero();
        assertThat(en.out).contains("Area on the plane: 7300.00 m² = 10.9500 mu = 0.7300 ha").contains("EPSG:4542");
        CliRun zh = CliRun.run(Map.of(), "survey", "area", f.toString(), "--crs", "EPSG:4542");
        assertThat(zh.out).contains("平面面积：7300.00 平方米 = 10.9500 亩");
        CliRun bo = CliRun.run(Map.of(), "--lang", "bo", "survey", "area", f.toString(), "--crs", "EPSG:4542");
        assertThat(bo.out).contains("ངོས་སྙོམས ཐོག་གི་རྒྱ་ཁྱོན").contains("10.9500 མུའུ");
    }

    @Test
    void everyBadInputIsOneLineWithExitTwo() {
        Path bowtie = SurveyFiles.write(dir, "bowtie.geojson",
                SurveyFiles.feature(633500, 4097500, 633510, 4097510, 633510, 4097500, 633500, 4097510));
        Path broken = SurveyFiles.write(dir, "broken.geojson", "{\"type\": \"Feature\",\n \"geometry\": {,}}");
        Path noPolygon = SurveyFiles.write(dir, "line.geojson",
                "{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}");
        Path open = SurveyFiles.write(dir, "open.geojson",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10]]]}");
        Path text = SurveyFiles.write(dir, "text.geojson",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,\"x\"],[10,10],[0,0]]]}");
        Path l = SurveyFiles.write(dir, "l.geojson", SurveyFiles.lShape());
        check(CliRun.run(EN, "survey", "area", bowtie.toString(), "--crs", "EPSG:4542"), "crosses itself",
                "633505", "4097505");
        check(CliRun.run(EN, "survey", "area", broken.toString()), "broken.geojson", "line 2");
        check(CliRun.run(EN, "survey", "area", noPolygon.toString()), "no polygon");
        check(CliRun.run(EN, "survey", "area", open.toString(), "--crs", "EPSG:4542"), "does not end");
        // Read by the import's GeoJSON reader, so the place is the line and the value, as on import.
        check(CliRun.run(EN, "survey", "area", text.toString(), "--crs", "EPSG:4542"), "Line 1", "x",
                "not a number");
        check(CliRun.run(EN, "survey", "area", dir.resolve("missing.geojson").toString()), "File not found",
                "missing.geojson");
        check(CliRun.run(EN, "survey", "area", l.toString(), "--crs", "EPSG:9999"), "EPSG:9999");
        check(CliRun.run(EN, "survey", "area", l.toString(), "--crs", "EPSG:4542", "--surface", "ground"),
                "--height");
        check(CliRun.run(EN, "survey", "area", l.toString(), "--crs", "EPSG:4542", "--surface", "ground",
                "--height", "high"), "high");
    }

    static void check(CliRun r, String... mentions) {
        assertThat(r.exit).as(r.err).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err.lines()).as(r.err).singleElement().asString().contains(mentions);
        assertThat(r.err).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
