package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code survey project}: values from PROJ 9.1.1 cs2cs, as in PlaneSystemTest. */
class SurveyProjectCommandTest {

    private static final Map<String, String> EN = Map.of("LASTMILE_LANG", "en");

    @TempDir
    Path dir;

    private CliRun project(String from, String to, String lines) {
        Path input = SurveyFiles.write(dir, "points.txt", lines);
        return CliRun.run(EN, "survey", "project", "--from", from, "--to", to, "--input", input.toString());
    }

    @Test
    void geographicToZone33WithAndWithoutPrefixAndZone34() {
        // cs2cs -f %.5f EPSG:4490 EPSG:4542 / 4521 / 4543 on "37 100.5"
        CliRun r = project("EPSG:4490", "EPSG:4542", "100.5 37\n100.25 36.75 A7\n");
        assertThat(r.exit).isZero();
        assertThat(r.out.lines()).containsExactly("633521.7523 4097562.9623", "611630.3375 4069495.7946 A7");
        assertThat(r.err).isEmpty();
        assertThat(project("EPSG:4490", "EPSG:4521", "100.5,37\n").out.strip()).isEqualTo("33633521.7523 4097562.9623");
        assertThat(project("EPSG:4490", "EPSG:4543", "100.5 37\n").out.strip()).isEqualTo("366478.2477 4097562.9623");
    }

    @Test
    void planeToGeographicToNineDecimals() {
        // echo "3404079.3582 528680.0889" | cs2cs -f %.12f EPSG:4546 EPSG:4490
        //   -> 30.757067361106 111.299544333131
        CliRun r = project("EPSG:4546", "EPSG:4490", "# corner J1\n528680.0889 3404079.3582\n\n");
        assertThat(r.exit).isZero();
        assertThat(r.out.lines()).containsExactly("# corner J1", "111.299544333 30.757067361", "");
    }

    @Test
    void wgs84IsTakenAsCgcs2000AndFarPointsAreWarnedAbout() {
        // 37°N 110°E in zone 33 (11° out): cs2cs -> 34480779.95025 4153573.24725
        CliRun r = project("EPSG:4326", "EPSG:4521", "110 37\n");
        assertThat(r.exit).isZero();
        assertThat(r.out.strip()).isEqualTo("34480779.9503 4153573.2473");
        assertThat(r.err.lines()).hasSize(2);
        assertThat(r.err).contains("WGS84 and CGCS2000").contains("point 1").contains("11.00°");
    }

    @Test
    void readsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("100.5 37\n".getBytes(StandardCharsets.UTF_8)));
            CliRun r = CliRun.run(EN, "survey", "project", "--from", "EPSG:4490", "--to", "EPSG:4543");
            assertThat(r.exit).isZero();
            assertThat(r.out.strip()).isEqualTo("366478.2477 4097562.9623");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        CliRun unknown = project("EPSG:4490", "EPSG:3857", "100.5 37\n");
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err.lines()).singleElement().asString().contains("EPSG:3857");
        CliRun malformed = project("GK33", "EPSG:4542", "100.5 37\n");
        assertThat(malformed.exit).isEqualTo(2);
        assertThat(malformed.err.lines()).singleElement().asString().contains("GK33");
        CliRun badLine = project("EPSG:4490", "EPSG:4542", "100.5 37\nhundred 37\n");
        assertThat(badLine.exit).isEqualTo(2);
        assertThat(badLine.err.lines()).singleElement().asString().startsWith("Line 2").contains("hundred");
        CliRun outside = project("EPSG:4490", "EPSG:4542", "100.5 95\n");
        assertThat(outside.exit).isEqualTo(2);
        assertThat(outside.err.lines()).singleElement().asString().startsWith("Line 1");
        CliRun missing = CliRun.run(EN, "survey", "project", "--from", "EPSG:4490", "--to", "EPSG:4542", "--input",
                dir.resolve("nothing.txt").toString());
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err.lines()).singleElement().asString().contains("nothing.txt");
        for (CliRun r : new CliRun[] {unknown, malformed, badLine, outside, missing}) {
            assertThat(r.err).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aHugeLineIsRefusedWithItsNumberAndEchoedCutAndEscaped() {
        // 20 MB on one line, starting with a terminal escape: the message is one short line
        String line = "\u001B[31m" + "7".repeat(20_000_000);
        CliRun r = project("EPSG:4490", "EPSG:4542", "100.5 37\n" + line + "\n");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines()).hasSize(1);
        assertThat(r.err).contains("2").contains("\\u001B[31m7777").doesNotContain("\u001B");
        assertThat(r.err.strip().length()).isLessThan(200);
    }
}
