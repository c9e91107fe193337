package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.survey.area.AreaUncertainty;
import org.lastmile.survey.crs.CrsCatalog;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.crs.PlaneSystem;
import org.lastmile.survey.crs.SiteScale;

/**
 * {@code lastmile survey adjust}: a pentagonal field at 3,200 m in Gauss-Krüger zone 33
 * (EPSG:4542) with handheld GNSS corners, all ten tapes measured on the ground, and the slip of
 * survey.md (85.368 written as 58.368). The file is built here from a true shape, so that the
 * result can be checked against it.
 */
class SurveyAdjustCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] IDS = {"A", "B", "C", "D", "E"};
    /** The true field on the ground, metres east and north of corner A; A–B is 85.368 m. */
    private static final double[][] GROUND = {{0, 0}, {85.368, 0}, {141.25, 94.26}, {8.40, 138.55}, {-42.37, 51.89}};
    private static final PlanePoint ORIGIN = new PlanePoint(611630.34, 4069495.79);
    private static final double HEIGHT = 3200;

    @TempDir
    Path dir;

    private PlaneSystem plane;
    private double f;

    @BeforeEach
    void scale() {
        plane = (PlaneSystem) CrsCatalog.parse("EPSG:4542");
        f = SiteScale.at(plane, ORIGIN, HEIGHT).groundToPlane();
    }

    private PlanePoint truth(int i) {
        return new PlanePoint(ORIGIN.e() + GROUND[i][0] * f, ORIGIN.n() + GROUND[i][1] * f);
    }

    /** The site: GNSS (σ 3 m) on every corner, ten tapes (mm, 1 cm noise), the A–B tape written as given. */
    private ObjectNode site(String writtenAB, boolean withCrs) {
        Random rnd = new Random(5);
        ObjectNode root = MAPPER.createObjectNode();
        if (withCrs) {
            root.put("crs", "EPSG:4542");
        }
        root.put("height_m", HEIGHT);
        ArrayNode obs = root.putArray("observations");
        for (int i = 0; i < 5; i++) {
            PlanePoint p = truth(i);
            GeoPoint g = plane.toGeographic(new PlanePoint(p.e() + 2 * rnd.nextGaussian(), p.n() + 2 * rnd.nextGaussian()));
            obs.addObject().put("type", "gnss").put("point", IDS[i]).put("lon", g.lon()).put("lat", g.lat())
                    .put("sigma_m", 3.0);
        }
        for (int i = 0; i < 5; i++) {
            for (int j = i + 1; j < 5; j++) {
                double ground = Math.hypot(GROUND[j][0] - GROUND[i][0], GROUND[j][1] - GROUND[i][1]);
                double written = Math.round((ground + 0.005 * rnd.nextGaussian()) * 1000) / 1000.0;
                ObjectNode t = obs.addObject().put("type", "tape").put("from", IDS[i]).put("to", IDS[j]);
                if (i == 0 && j == 1) {
                    t.put("distance_m", Double.parseDouble(writtenAB));
                } else {
                    t.put("distance_m", written);
                }
            }
        }
        ArrayNode boundary = root.putArray("boundary");
        for (String id : IDS) {
            boundary.add(id);
        }
        return root;
    }

    private Path write(JsonNode site) throws Exception {
        Path file = dir.resolve("site.json");
        Files.writeString(file, MAPPER.writeValueAsString(site));
        return file;
    }

    @Test
    void theSlipIsRejectedAndTheDigitSwapSuggested() throws Exception {
        CliRun run = CliRun.run("survey", "adjust", write(site("58.368", true)).toString(), "--json");
        assertThat(run.err).isEmpty();
        assertThat(run.exit).isZero();
        JsonNode r = MAPPER.readTree(run.out);
        assertThat(r.path("crs").asText()).isEqualTo("EPSG:4542");
        JsonNode tapeAB = r.path("observations").get(5);
        assertThat(tapeAB.path("type").asText()).isEqualTo("tape");
        assertThat(tapeAB.path("rejected").asBoolean()).isTrue();
        assertThat(r.path("blunders")).hasSize(1);
        JsonNode b = r.path("blunders").get(0);
        assertThat(b.path("index").asInt()).isEqualTo(5);
        assertThat(b.path("estimate").asDouble()).isBetween(-28.0, -24.0);
        assertThat(b.path("suggestion").path("kind").asText()).isEqualTo("digits_swapped");
        assertThat(b.path("suggestion").path("value").asDouble()).isEqualTo(85.368);
        assertThat(r.path("global_test").path("passed").asBoolean()).isTrue();
        assertThat(r.path("dof").asInt()).isEqualTo(10 + 9 - 10);
        double sum = 0;
        for (JsonNode o : r.path("observations")) {
            if (!o.path("rejected").asBoolean()) {
                sum += o.path("redundancy").asDouble();
            }
        }
        assertThat(sum).isCloseTo(r.path("dof").asInt(), within(1e-6));
        for (int i = 0; i < 5; i++) {
            JsonNode p = r.path("points").get(i);
            assertThat(p.path("id").asText()).isEqualTo(IDS[i]);
            PlanePoint t = truth(i);
            assertThat(Math.abs(p.path("e").asDouble() - t.e())).isLessThan(4 * p.path("sigma_e").asDouble());
            assertThat(Math.abs(p.path("n").asDouble() - t.n())).isLessThan(4 * p.path("sigma_n").asDouble());
            GeoPoint g = plane.toGeographic(new PlanePoint(p.path("e").asDouble(), p.path("n").asDouble()));
            assertThat(p.path("lon").asDouble()).isCloseTo(g.lon(), within(1e-12));
            assertThat(p.path("lat").asDouble()).isCloseTo(g.lat(), within(1e-12));
            assertThat(p.path("ellipse").path("a").asDouble()).isGreaterThanOrEqualTo(p.path("ellipse").path("b").asDouble());
        }
    }

    @Test
    void theAreaIsOnThePlaneWithItsSigmaAndTheOtherSurfaces() throws Exception {
        CliRun run = CliRun.run("survey", "adjust", write(site("85.368", true)).toString(), "--json");
        JsonNode r = MAPPER.readTree(run.out);
        assertThat(r.path("blunders")).isEmpty();
        JsonNode area = r.path("area");
        assertThat(area.path("surface").asText()).isEqualTo("plane");
        // The shoelace area of the true shape on the plane; the tapes fix it to centimetres.
        java.util.List<PlanePoint> ring = new java.util.ArrayList<>();
        double twice = 0;
        for (int i = 0; i < 5; i++) {
            PlanePoint a = truth(i);
            PlanePoint c = truth((i + 1) % 5);
            twice += a.e() * c.n() - c.e() * a.n();
            ring.add(a);
        }
        double sigma = area.path("sigma_m2").asDouble();
        assertThat(area.path("m2").asDouble()).isCloseTo(Math.abs(twice) / 2, within(4 * sigma));
        assertThat(area.path("mu").asDouble()).isCloseTo(area.path("m2").asDouble() / (10000.0 / 15), within(1e-9));
        // σ of a 1.6 ha field taped to 5–9 cm: a few m² (≈ 0.01 mu); GNSS alone would give hundreds.
        assertThat(sigma).isBetween(0.5, 20.0);
        assertThat(AreaUncertainty.sigmaEqualErrors(ring, 3 * Math.sqrt(2))).isGreaterThan(50 * sigma);
        // Ground: (1/f)² larger (≈ +1000 ppm at 3,200 m); the ellipsoid lies between at 1.3° from the meridian.
        assertThat(area.path("ground_m2").asDouble() / area.path("m2").asDouble()).isCloseTo(1 / (f * f), within(1e-6));
        assertThat(area.path("ellipsoid_m2").asDouble()).isLessThan(area.path("m2").asDouble());
    }

    @Test
    void withoutCrsTheZoneAroundTheGnssPointsIsChosen() throws Exception {
        CliRun run = CliRun.run("survey", "adjust", write(site("85.368", false)).toString(), "--json");
        assertThat(run.exit).isZero();
        JsonNode r = MAPPER.readTree(run.out);
        assertThat(r.path("crs").asText()).isEqualTo("EPSG:4542");
        assertThat(r.path("crs_chosen").asBoolean()).isTrue();
    }

    @Test
    void humanOutputIsLocalizedInEveryLanguage() throws Exception {
        Path file = write(site("58.368", true));
        CliRun zh = CliRun.run("survey", "adjust", file.toString(), "--lang", "zh");
        assertThat(zh.exit).isZero();
        assertThat(zh.out).contains("剔除观测 5").contains("两位数字颠倒：85.368 米").contains("亩").doesNotContain("!");
        CliRun bo = CliRun.run("survey", "adjust", file.toString(), "--lang", "bo");
        assertThat(bo.out).contains("ཨང་ཀི་གཉིས་གོ་ལོག 85.368").contains("མུའུ").doesNotContain("!");
        CliRun en = CliRun.run("survey", "adjust", file.toString(), "--lang", "en");
        assertThat(en.out).contains("Rejected observation 5 (tape)").contains("two digits swapped: 85.368 m");
    }

    @Test
    void aTapeOnlySiteIsAFreeNetworkOnALocalPlane() throws Exception {
        ObjectNode site = site("85.368", true);
        site.remove("crs");
        ArrayNode obs = (ArrayNode) site.get("observations");
        for (int i = 0; i < 5; i++) {
            obs.remove(0);
        }
        CliRun run = CliRun.run("survey", "adjust", write(site).toString(), "--json");
        assertThat(run.err).isEmpty();
        JsonNode r = MAPPER.readTree(run.out);
        assertThat(r.path("crs").isNull()).isTrue();
        assertThat(r.path("free_network").asBoolean()).isTrue();
        assertThat(r.path("dof").asInt()).isEqualTo(3);
        assertThat(r.path("points").get(0).path("lon").isNull()).isTrue();
        assertThat(r.path("relative_ellipses")).hasSize(10);
        assertThat(r.path("area").path("ellipsoid_m2").isNull()).isTrue();
    }

    @Test
    void badInputIsOneLineNamingWhereWithExitTwo() throws Exception {
        assertBad("{ \"observations\": [ {\"type\": \"tape\", ", "line 1");
        ObjectNode unknownType = site("85.368", true);
        ((ObjectNode) unknownType.get("observations").get(7)).put("type", "angle");
        assertBad(MAPPER.writeValueAsString(unknownType), "observations[7]", "angle");
        ObjectNode unknownPoint = site("85.368", true);
        ((ArrayNode) unknownPoint.get("boundary")).add("Z");
        assertBad(MAPPER.writeValueAsString(unknownPoint), "boundary[5]", "Z");
        ObjectNode badCrs = site("85.368", true);
        badCrs.put("crs", "EPSG:9999");
        assertBad(MAPPER.writeValueAsString(badCrs), "EPSG:9999");
        ObjectNode missing = site("85.368", true);
        ((ObjectNode) missing.get("observations").get(6)).remove("distance_m");
        assertBad(MAPPER.writeValueAsString(missing), "observations[6]", "distance_m");
        ObjectNode singular = site("85.368", true);
        ((ArrayNode) singular.get("observations")).addObject().put("type", "tape").put("from", "C").put("to", "F")
                .put("distance_m", 20.0);
        assertBad(MAPPER.writeValueAsString(singular), "F");
        CliRun none = CliRun.run("survey", "adjust", dir.resolve("missing.json").toString(), "--lang", "en");
        assertThat(none.exit).isEqualTo(2);
        assertThat(none.err).contains("missing.json");
    }

    private void assertBad(String content, String... mentions) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, content);
        CliRun run = CliRun.run("survey", "adjust", file.toString(), "--lang", "en");
        assertThat(run.exit).as(run.err).isEqualTo(2);
        assertThat(run.err.strip()).doesNotContain("\n").doesNotContain("Exception").contains(mentions);
        assertThat(run.out).isEmpty();
    }

    @Test
    void anImpossibleHeightIsNamedNotTakenForTwoPointsOnOneSpot() throws Exception {
        ObjectNode site = site("58.368", true);
        site.put("height_m", 1e308);
        CliRun run = CliRun.run(java.util.Map.of("LASTMILE_LANG", "en"), "survey", "adjust", write(site).toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err.lines()).hasSize(1);
        assertThat(run.err).contains("height_m").contains("1.0E308").doesNotContain("same spot");
    }
}
