package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lastmile.app.cli.SurveyAreaCommandTest.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code survey stakeout} on the L-shaped field of survey.md at (633500, 4097500): corners 0 (0,0),
 * 1 (120,0), 2 (120,40), 3 (50,40), 4 (50,90), 5 (0,90) from that origin. The two points are the
 * ends of the 6.6-mu cut parallel to the base, 36.667 m north of it (SurveySplitCommandTest).
 */
class SurveyStakeoutCommandTest {

    private static final Map<String, String> EN = Map.of("LASTMILE_LANG", "en");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EAST_END = "633620,4097536.667";
    private static final String WEST_END = "633500,4097536.667";

    @TempDir
    Path dir;

    private Path field;

    @BeforeEach
    void writeField() {
        field = SurveyFiles.write(dir, "l.geojson", SurveyFiles.lShape());
    }

    @Test
    void theJsonCardOfBothEndsOfTheCut() throws Exception {
        CliRun r = CliRun.run(EN, "survey", "stakeout", field.toString(), "--crs", "EPSG:4542", "--point", EAST_END,
                "--point", WEST_END, "--json");
        assertThat(r.err).isEmpty();
        assertThat(r.exit).isZero();
        JsonNode n = JSON.readTree(r.out);
        assertThat(n.get("crs").asText()).isEqualTo("EPSG:4542");
        assertThat(n.get("points")).hasSize(2);
        List<String> fields = new ArrayList<>();
        n.get("points").get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("e", "n", "edge", "along_m", "offset_m", "nearest", "checks");

        // east end: on edge 1 (north from corner 1 at 633620, 4097500), 36.667 m up; corner 2 is
        // 3.333 m due north of it, so the bearing from corner 2 is 180°
        JsonNode east = n.get("points").get(0);
        assertThat(east.get("e").asDouble()).isEqualTo(633620.0);
        assertThat(east.get("n").asDouble()).isEqualTo(4097536.667);
        assertThat(east.get("edge").get("from").asInt()).isEqualTo(1);
        assertThat(east.get("edge").get("to").asInt()).isEqualTo(2);
        assertThat(east.get("along_m").asDouble()).isCloseTo(36.667, within(1e-6));
        assertThat(east.get("offset_m").asDouble()).isCloseTo(0, within(1e-6));
        assertThat(east.get("nearest").get("corner").asInt()).isEqualTo(2);
        assertThat(east.get("nearest").get("distance_m").asDouble()).isCloseTo(3.333, within(1e-6));
        assertThat(east.get("nearest").get("bearing_deg").asDouble()).isCloseTo(180, within(1e-9));
        // checks: corner 3 (70 m west, 3.333 m north), corner 4 (70 m west, 53.333 m north)
        assertThat(east.get("checks")).hasSize(2);
        assertThat(east.get("checks").get(0).get("corner").asInt()).isEqualTo(3);
        assertThat(east.get("checks").get(0).get("distance_m").asDouble()).isCloseTo(Math.hypot(70, 3.333), within(1e-6));
        assertThat(east.get("checks").get(1).get("corner").asInt()).isEqualTo(4);
        assertThat(east.get("checks").get(1).get("distance_m").asDouble()).isCloseTo(Math.hypot(70, 53.333), within(1e-6));

        // west end: on edge 5 (south from corner 5 at 4097590 to corner 0), 90 − 36.667 m down it;
        // corner 0 is 36.667 m due south, so the bearing from it is 0°
        JsonNode west = n.get("points").get(1);
        assertThat(west.get("edge").get("from").asInt()).isEqualTo(5);
        assertThat(west.get("edge").get("to").asInt()).isEqualTo(0);
        assertThat(west.get("along_m").asDouble()).isCloseTo(53.333, within(1e-6));
        assertThat(west.get("nearest").get("corner").asInt()).isZero();
        assertThat(west.get("nearest").get("bearing_deg").asDouble()).isEqualTo(0.0);
        assertThat(west.get("checks").get(0).get("corner").asInt()).isEqualTo(3);
        assertThat(west.get("checks").get(1).get("corner").asInt()).isEqualTo(4);
    }

    @Test
    void theHumanCardInEnglishChineseAndTibetan() {
        String f = field.toString();
        CliRun en = CliRun.run(EN, "survey", "stakeout", f, "--crs", "EPSG:4542", "--point", EAST_END,
                "--point", "633530,4097495");
        assertThat(en.exit).as(en.err).isZero();
        assertThat(en.out.lines()).containsSubsequence("Point 1 (633620.000, 4097536.667)",
                "  J1→J2, 36.67 m from J1", "  on the edge", "  from J2: 3.33 m, bearing 180.00°",
                "  check: 70.08 m from J3", "  check: 88.00 m from J4",
                "Point 2 (633530.000, 4097495.000)", "  J0→J1, 30.00 m from J0", "  5.00 m right of the edge");

        CliRun zh = CliRun.run(Map.of("LASTMILE_LANG", "zh"), "survey", "stakeout", f, "--crs", "EPSG:4542",
                "--point", EAST_END, "--point", "633530,4097505");
        assertThat(zh.exit).isZero();
        assertThat(zh.out).contains("J1→J2，距 J1 36.67 米").contains("在该边上")
                .contains("方位角 180.00°").contains("检核：距 J3 70.08 米").contains("在该边左侧 5.00 米");

        CliRun bo = CliRun.run(Map.of("LASTMILE_LANG", "bo"), "survey", "stakeout", f, "--crs", "EPSG:4542",
                "--point", EAST_END);
        assertThat(bo.exit).isZero();
        assertThat(bo.out).contains("J1→J2། J1 ནས་ 36.67 སྨི།").contains("མཐའ་ཐིག་སྟེང་དུ།")
                .contains("ཁ་ཕྱོགས་ 180.00°").contains("བརྟག་ཞིབ། J3 ནས་ 70.08 སྨི།");
    }

    @Test
    void everyBadInputIsOneLineWithExitTwo() {
        String f = field.toString();
        Path bowtie = SurveyFiles.write(dir, "bowtie.geojson",
                SurveyFiles.feature(633500, 4097500, 633510, 4097510, 633510, 4097500, 633500, 4097510));
        Path twoCorners = SurveyFiles.write(dir, "two.geojson", SurveyFiles.feature(633500, 4097500, 633510, 4097500));
        Path flat = SurveyFiles.write(dir, "flat.geojson",
                SurveyFiles.feature(633500, 4097500, 633510, 4097500, 633520, 4097500));
        check(CliRun.run(EN, "survey", "stakeout", dir.resolve("none.geojson").toString(), "--crs", "EPSG:4542",
                "--point", EAST_END), "none.geojson");
        check(CliRun.run(EN, "survey", "stakeout", f, "--crs", "EPSG:4542", "--point", "633620;4097536"),
                "--point", "633620;4097536", "easting,northing");
        check(CliRun.run(EN, "survey", "stakeout", f, "--crs", "EPSG:4542", "--point", EAST_END, "--point", "abc"),
                "abc");
        check(CliRun.run(EN, "survey", "stakeout", f, "--crs", "EPSG:4542", "--point", "1,2,3"), "1,2,3");
        check(CliRun.run(EN, "survey", "stakeout", bowtie.toString(), "--crs", "EPSG:4542", "--point", EAST_END),
                "crosses itself", "633505");
        // two corners: the GeoJSON reader already refuses a ring of three positions
        check(CliRun.run(EN, "survey", "stakeout", twoCorners.toString(), "--crs", "EPSG:4542", "--point", EAST_END),
                "too few");
        // three corners on one line: JTS sees the ring turn back on itself at the middle corner
        check(CliRun.run(EN, "survey", "stakeout", flat.toString(), "--crs", "EPSG:4542", "--point", EAST_END),
                "crosses itself", "633510");
        check(CliRun.run(EN, "survey", "stakeout", f, "--crs", "EPSG:1234", "--point", EAST_END), "EPSG:1234");
        check(CliRun.run(EN, "survey", "stakeout", f, "--crs", "EPSG:4490", "--point", EAST_END), "EPSG:4490");
        CliRun zh = CliRun.run(Map.of("LASTMILE_LANG", "zh"), "survey", "stakeout", f, "--crs", "EPSG:4542",
                "--point", "x");
        check(zh, "不是点");
        CliRun bo = CliRun.run(Map.of("LASTMILE_LANG", "bo"), "survey", "stakeout", bowtie.toString(), "--crs",
                "EPSG:4542", "--point", EAST_END);
        assertThat(bo.exit).isEqualTo(2);
        assertThat(bo.err).matches("(?s).*\\p{InTibetan}.*").doesNotContain("Exception");
        CliRun missing = CliRun.run(EN, "survey", "stakeout", f, "--crs", "EPSG:4542");
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).contains("--point").doesNotContain("Exception");
    }
}
