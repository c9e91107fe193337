package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {

    private static final Map<String, String> ENGLISH = Map.of("LASTMILE_LANG", "en");

    @TempDir
    Path dir;

    private static String sample(String name) {
        try {
            return Path.of(ImportExportCommandTest.class.getResource("/import/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importJsonIsAFeatureCollectionWithNameSourceAndDatum() throws IOException {
        CliRun run = CliRun.run(ENGLISH, "import", sample("ovital-parcels.kml"), "--datum", "gcj02", "--json");
        assertThat(run.exit).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out);
        assertThat(json.path("type").asText()).isEqualTo("FeatureCollection");
        JsonNode j1 = json.path("features").get(0);
        assertThat(j1.path("properties").path("name").asText()).isEqualTo("J1");
        assertThat(j1.path("properties").path("source").asText()).isEqualTo("line 9 Document[1]/Folder[1]/Placemark[1]");
        assertThat(j1.path("properties").path("datum_in").asText()).isEqualTo("gcj02");
        assertThat(j1.path("geometry").path("coordinates").get(0).asDouble()).isBetween(100.13450, 100.13452);
        assertThat(run.err.strip().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("ovital-parcels.kml: 5 point(s), 1 line(s), 2 area(s); 0 part(s) not imported");
    }

    @Test
    void humanOutputIsLocalized() {
        CliRun run = CliRun.run(Map.of("LASTMILE_LANG", "zh"), "import", sample("points-en.csv"));
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("点  J1  100.13451000 37.32215000  第 2 行");
        assertThat(run.err).contains("points-en.csv：4 个点，0 条线，0 个面；0 处未导入");
        CliRun bo = CliRun.run(Map.of("LASTMILE_LANG", "bo"), "import", sample("points-en.csv"));
        assertThat(bo.err).contains("ཚེག་ 4");
    }

    @Test
    void badLinesAreListedAndStrictRefusesWithExit2() {
        CliRun run = CliRun.run(ENGLISH, "import", sample("points-bad-lines.csv"));
        assertThat(run.exit).isZero();
        assertThat(run.err).contains("Line 4: \"abc\" is not a number or an angle; not imported");
        CliRun strict = CliRun.run(ENGLISH, "import", sample("points-bad-lines.csv"), "--strict");
        assertThat(strict.exit).isEqualTo(2);
        assertThat(strict.out).isEmpty();
        assertThat(strict.err.strip()).isEqualTo("points-bad-lines.csv: 4 bad part(s), the first: "
                + "Line 3: no lat given; not imported. Nothing imported (strict)");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsOneLineAndExit2() throws IOException {
        Path fake = dir.resolve("walk.gpx");
        Files.copy(Path.of(sample("ovital-parcels.kml")), fake);
        CliRun run = CliRun.run(ENGLISH, "import", fake.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err.strip()).isEqualTo("walk.gpx: not a GPX file: line 2 holds an XML document <kml>");
        Path garbage = dir.resolve("x.kml");
        Files.write(garbage, new byte[] {0, 1, 2, 3, (byte) 0xff});
        CliRun binary = CliRun.run(ENGLISH, "import", garbage.toString());
        assertThat(binary.exit).isEqualTo(2);
        assertThat(binary.err.strip()).isEqualTo("x.kml: not a KML file: line 1 holds binary data");
        assertThat(binary.err.lines().count()).isEqualTo(1);
    }

    @Test
    void missingFileAndBadDatumAreBadInput() {
        CliRun missing = CliRun.run(ENGLISH, "import", dir.resolve("none.gpx").toString());
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).startsWith("none.gpx: cannot be read");
        CliRun datum = CliRun.run(ENGLISH, "import", sample("points-en.csv"), "--datum", "mars");
        assertThat(datum.exit).isEqualTo(2);
        assertThat(datum.err.strip()).isEqualTo("\"mars\" is not a datum: use wgs84, cgcs2000, gcj02 or bd09");
    }

    @Test
    void exportGeoJsonToKmlAndGpxOnStdoutOrAFile() throws IOException {
        Path geojson = dir.resolve("parcels.geojson");
        CliRun imported = CliRun.run(ENGLISH, "import", sample("field-walk-1.1.gpx"), "--json");
        Files.writeString(geojson, imported.out);
        CliRun kml = CliRun.run(ENGLISH, "export", geojson.toString(), "--to", "kml");
        assertThat(kml.exit).isZero();
        assertThat(kml.out).contains("<name>J1</name>").contains("100.13451,37.32215,3301.2");
        Path out = dir.resolve("out.gpx");
        CliRun gpx = CliRun.run(ENGLISH, "export", geojson.toString(), "--to", "gpx", "--output", out.toString());
        assertThat(gpx.exit).isZero();
        assertThat(gpx.err).contains("Wrote " + out + ": 7 feature(s)");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("<wpt lat=\"37.32215\" lon=\"100.13451\">");
    }

    @Test
    void exportOnThePlaneNeedsACrs() {
        CliRun run = CliRun.run(ENGLISH, "export", sample("parcels.geojson"), "--to", "dxf");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err.strip()).isEqualTo("dxf is on the plane: name the coordinate system with --crs EPSG:…");
        CliRun format = CliRun.run(ENGLISH, "export", sample("parcels.geojson"), "--to", "shp");
        assertThat(format.exit).isEqualTo(2);
        CliRun kml = CliRun.run(ENGLISH, "export", sample("parcels.geojson"), "--to", "kml");
        assertThat(kml.exit).isZero();
        assertThat(kml.err).contains("Line 17: \"\"37.2\"\" is not a number or an angle; not imported");
    }

    @Test
    void cassFileInItsNamedZoneLandsWhereCs2csPutsItAndRoundTripsThroughDat() throws IOException {
        CliRun run = CliRun.run(ENGLISH, "import", sample("gangcha-zone33.dat"), "--crs", "EPSG:4521", "--json");
        assertThat(run.exit).isZero();
        JsonNode j1 = new ObjectMapper().readTree(run.out).path("features").get(0);
        assertThat(j1.path("properties").path("name").asText()).isEqualTo("J1");
        // cs2cs EPSG:4521 -> EPSG:4490 made the sample from these degrees.
        JsonNode c = j1.path("geometry").path("coordinates");
        assertThat(c.get(0).asDouble()).isCloseTo(100.13451, within(1e-8));
        assertThat(c.get(1).asDouble()).isCloseTo(37.32215, within(1e-8));

        Path geojson = dir.resolve("corners.geojson");
        Files.writeString(geojson, run.out);
        CliRun dat = CliRun.run(ENGLISH, "export", geojson.toString(), "--to", "dat", "--crs", "EPSG:4521");
        assertThat(dat.exit).isZero();
        assertThat(dat.out).contains("J1,JZD,33600558.758");
        CliRun dxf = CliRun.run(ENGLISH, "export", geojson.toString(), "--to", "dxf", "--crs", "EPSG:4521");
        assertThat(dxf.exit).isZero();
        assertThat(dxf.out).contains("33600558.758");
    }

    @Test
    void anUnknownOrGeographicCrsIsOneLineAndExit2() {
        for (String crs : new String[] {"EPSG:9999", "EPSG:4490", "zone33"}) {
            CliRun run = CliRun.run(ENGLISH, "import", sample("gangcha-zone33.dat"), "--crs", crs);
            assertThat(run.exit).as(crs).isEqualTo(2);
            assertThat(run.err.lines().count()).as(crs).isEqualTo(1);
            assertThat(run.err).as(crs).contains(crs);
        }
    }
}
