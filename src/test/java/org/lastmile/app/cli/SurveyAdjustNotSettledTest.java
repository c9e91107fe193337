package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, no confident wrong answer: a braced quadrilateral (four sides, both diagonals: one
 * spare tape, all six test alike) on handheld GNSS corners, with a side written 1.2 m long. The
 * global test fails and no tape can be named, so {@code survey adjust} gives no area ± σ as
 * settled: the JSON says {@code "trustworthy": false} with the reason and the tapes to re-tape, the
 * text says so in the interface language, and the exit code stays 0.
 */
class SurveyAdjustNotSettledTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] IDS = {"A", "B", "C", "D"};
    private static final double[][] CORNERS = {{0, 0}, {80, 3}, {84, 71}, {-2, 66}};

    @TempDir
    Path dir;

    private Path site() throws Exception {
        Random rnd = new Random(13);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("crs", "EPSG:4542");
        ArrayNode obs = root.putArray("observations");
        for (int i = 0; i < 4; i++) {
            obs.addObject().put("type", "gnss").put("point", IDS[i])
                    .put("e", 611630 + CORNERS[i][0] + 3 * rnd.nextGaussian())
                    .put("n", 4069495 + CORNERS[i][1] + 3 * rnd.nextGaussian()).put("sigma_m", 3.0);
        }
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                double d = Math.hypot(CORNERS[j][0] - CORNERS[i][0], CORNERS[j][1] - CORNERS[i][1]);
                double written = Math.round((d + 0.005 * rnd.nextGaussian() + (i == 0 && j == 1 ? 1.2 : 0)) * 1000)
                        / 1000.0;
                obs.addObject().put("type", "tape").put("from", IDS[i]).put("to", IDS[j]).put("distance_m", written)
                        .put("sigma_m", 0.01);
            }
        }
        ArrayNode boundary = root.putArray("boundary");
        for (String id : IDS) {
            boundary.add(id);
        }
        Path file = dir.resolve("site.json");
        Files.writeString(file, MAPPER.writeValueAsString(root));
        return file;
    }

    @Test
    void theJsonSaysNotTrustworthyAndGivesNoArea() throws Exception {
        CliRun run = CliRun.run("survey", "adjust", site().toString(), "--json");

        assertThat(run.exit).isZero();
        JsonNode out = MAPPER.readTree(run.out);
        assertThat(out.path("trustworthy").asBoolean(true)).isFalse();
        assertThat(out.path("area").isNull()).isTrue();
        assertThat(out.path("reason").path("code").asText()).isEqualTo("not_locatable");
        assertThat(out.path("blunders")).isEmpty();
        // tape A–B is observation 4 (four GNSS positions come first)
        assertThat(out.path("retape")).extracting(JsonNode::asInt).contains(4);
    }

    @Test
    void theTextNamesTheTapesToMeasureAgainAndPrintsNoArea() throws Exception {
        Path file = site();
        CliRun en = CliRun.run("survey", "adjust", file.toString(), "--lang", "en");
        CliRun zh = CliRun.run("survey", "adjust", file.toString(), "--lang", "zh");

        assertThat(en.exit).isZero();
        assertThat(en.out).contains("NOT SETTLED").contains("measure observations").doesNotContain("Area ");
        assertThat(zh.out).contains("结果未定").doesNotContain("面积 ");
    }
}
