package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lastmile.app.cli.SurveyAreaCommandTest.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveySplitCommandTest {

    private static final Map<String, String> EN = Map.of("LASTMILE_LANG", "en");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path field;

    @BeforeEach
    void writeField() {
        field = SurveyFiles.write(dir, "l.geojson", SurveyFiles.lShape());
    }

    private JsonNode split(String... options) throws Exception {
        String[] args = new String[options.length + 6];
        args[0] = "survey";
        args[1] = "split";
        args[2] = field.toString();
        args[3] = "--crs";
        args[4] = "EPSG:4542";
        args[5] = "--json";
        System.arraycopy(options, 0, args, 6, options.length);
        CliRun r = CliRun.run(EN, args);
        assertThat(r.err).as(r.err).isEmpty();
        assertThat(r.exit).isZero();
        return JSON.readTree(r.out);
    }

    @Test
    void sixPointSixMuParallelToTheBase() throws Exception {
        // survey.md: 6.6 mu off the L-shaped field parallel to its base lies 36.6667 m from it
        JsonNode n = split("--target-mu", "6.6", "--parallel-to-edge", "0");
        assertThat(n.get("offset_m").asDouble()).isCloseTo(36.6667, within(1e-4));
        assertThat(n.get("parcel_m2").asDouble()).isCloseTo(7300, within(1e-6));
        JsonNode first = n.get("parts").get(0);
        assertThat(first.get("m2").asDouble()).isCloseTo(4400, within(0.01));
        assertThat(first.get("mu").asDouble()).isCloseTo(6.6, within(0.01 / 666.67));
        assertThat(n.get("parts").get(1).get("m2").asDouble()).isCloseTo(2900, within(0.01));
        assertThat(first.get("geometry").get("type").asText()).isEqualTo("Polygon");
        // the first part touches edge 0: both base corners are among its vertices
        java.util.List<String> ring = new java.util.ArrayList<>();
        first.get("geometry").get("coordinates").get(0)
                .forEach(p -> ring.add(p.get(0).asDouble() + " " + p.get(1).asDouble()));
        assertThat(ring).contains("633500.0 4097500.0", "633620.0 4097500.0");
        assertThat(n.get("cuts").get(0).get("length_m").asDouble()).isCloseTo(120, within(1e-6));
        assertThat(n.get("warnings")).isEmpty();
    }

    @Test
    void eightMuAndSquareMetres() throws Exception {
        assertThat(split("--target-mu", "8.0", "--parallel-to-edge", "0").get("offset_m").asDouble())
                .isCloseTo(50.6667, within(1e-4));
        assertThat(split("--target-m2", "4400", "--parallel-to-edge", "0").get("offset_m").asDouble())
                .isCloseTo(36.6667, within(1e-4));
    }

    @Test
    void stripsByProportions() throws Exception {
        // by hand: 3650 m² at 3650/120 m; 6083.33 m² at 40 + (6083.33 − 4800)/50 m
        JsonNode n = split("--proportions", "3,2,1", "--parallel-to-edge", "0");
        assertThat(n.get("parts")).hasSize(3);
        assertThat(n.get("offsets_m").get(0).asDouble()).isCloseTo(3650.0 / 120, within(1e-6));
        assertThat(n.get("offsets_m").get(1).asDouble()).isCloseTo(40 + (7300 * 5.0 / 6 - 4800) / 50, within(1e-6));
        assertThat(n.get("parts").get(2).get("m2").asDouble()).isCloseTo(7300 / 6.0, within(0.01));
    }

    @Test
    void throughAPoint() throws Exception {
        // through the top-left corner (633500, 4097590) of the tall arm, keeping the base corner side
        JsonNode n = split("--target-m2", "2000", "--through", "633500,4097590", "--keep", "633500,4097500");
        assertThat(n.has("offset_m")).isFalse();
        assertThat(n.get("parts").get(0).get("m2").asDouble()).isCloseTo(2000, within(0.01));
        assertThat(n.get("parts").get(1).get("m2").asDouble()).isCloseTo(5300, within(0.01));
    }

    @Test
    void humanOutputNamesTheCutAndWhereItMeetsTheBoundary() {
        CliRun en = CliRun.run(EN, "survey", "split", field.toString(), "--crs", "EPSG:4542", "--target-mu", "6.6",
                "--parallel-to-edge", "0");
        assertThat(en.exit).isZero();
        assertThat(en.out).contains("Part 1: 4400.00 m² = 6.6000 mu").contains("36.667 m from the edge")
                .contains("(633620.000, 4097536.667)").contains("(633500.000, 4097536.667)");
        CliRun bo = CliRun.run(Map.of("LASTMILE_LANG", "bo"), "survey", "split", field.toString(), "--crs",
                "EPSG:4542", "--target-mu", "6.6", "--parallel-to-edge", "0");
        assertThat(bo.out).contains("ཆ་ཤས་ 1").contains("6.6000 མུའུ");
    }

    @Test
    void aStripInPiecesIsReported() {
        Path u = SurveyFiles.write(dir, "u.geojson",
                SurveyFiles.feature(0, 0, 90, 0, 90, 60, 60, 60, 60, 20, 30, 20, 30, 60, 0, 60));
        CliRun r = CliRun.run(EN, "survey", "split", u.toString(), "--crs", "EPSG:4542", "--target-m2", "2400",
                "--parallel-to-edge", "0");
        assertThat(r.exit).isZero();
        assertThat(r.err.lines()).singleElement().asString().contains("part 2 falls apart into 2 pieces");
    }

    @Test
    void everyBadInputIsOneLineWithExitTwo() {
        Path bowtie = SurveyFiles.write(dir, "bowtie.geojson",
                SurveyFiles.feature(633500, 4097500, 633510, 4097510, 633510, 4097500, 633500, 4097510));
        String f = field.toString();
        check(CliRun.run(EN, "survey", "split", f, "--crs", "EPSG:4542", "--target-mu", "11", "--parallel-to-edge", "0"),
                "not smaller than the parcel", "7300.00");
        check(CliRun.run(EN, "survey", "split", bowtie.toString(), "--crs", "EPSG:4542", "--target-m2", "10",
                "--parallel-to-edge", "0"), "crosses itself", "633505");
        check(CliRun.run(EN, "survey", "split", f, "--crs", "EPSG:4542", "--target-m2", "10", "--parallel-to-edge", "6"),
                "no edge 6", "0 to 5");
        check(CliRun.run(EN, "survey", "split", f, "--crs", "EPSG:4490", "--target-m2", "10", "--parallel-to-edge", "0"),
                "EPSG:4490");
        check(CliRun.run(EN, "survey", "split", f, "--crs", "EPSG:1234", "--target-m2", "10", "--parallel-to-edge", "0"),
                "EPSG:1234");
        check(CliRun.run(EN, "survey", "split", f, "--crs", "EPSG:4542", "--proportions", "1,1",
                "--through", "633500,4097500"), "--parallel-to-edge");
        check(CliRun.run(EN, "survey", "split", f, "--crs", "EPSG:4542", "--target-mu", "abc", "--parallel-to-edge", "0"),
                "abc");
        check(CliRun.run(EN, "survey", "split", f, "--crs", "EPSG:4542", "--target-mu", "-1", "--parallel-to-edge", "0"),
                "more than 0");
        check(CliRun.run(EN, "survey", "split", f, "--crs", "EPSG:4542", "--proportions", "3,0", "--parallel-to-edge",
                "0"), "Proportions");
        check(CliRun.run(EN, "survey", "split", f, "--crs", "EPSG:4542", "--target-m2", "10", "--through", "1;2"),
                "1;2");
        check(CliRun.run(EN, "survey", "split", dir.resolve("none.geojson").toString(), "--crs", "EPSG:4542",
                "--target-m2", "10", "--parallel-to-edge", "0"), "none.geojson");
        CliRun both = CliRun.run(EN, "survey", "split", f, "--crs", "EPSG:4542", "--target-m2", "10", "--target-mu", "1",
                "--parallel-to-edge", "0");
        assertThat(both.exit).isEqualTo(2);
        assertThat(both.err).doesNotContain("Exception");
    }
}
