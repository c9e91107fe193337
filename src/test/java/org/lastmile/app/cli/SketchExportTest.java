package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lastmile sketch export} on the demo farmland case, checked as a user of each file would. */
class SketchExportTest {

    private static final String FARMLAND = "(2026)青2224执218号";

    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();

    private CliRun export(String format, Path out, String lang) {
        return CliRun.run("sketch", "export", FARMLAND, "--format", format, "--out", out.toString(), "--data-dir",
                dir.resolve("data").toString(), "--lang", lang);
    }

    @Test
    void theSiteFileReAdjustsToTheAreaTheGeoJsonStates() throws Exception {
        Path site = dir.resolve("site.json");
        Path geo = dir.resolve("sketch.geojson");
        assertThat(export("site", site, "en").exit).isZero();
        assertThat(export("geojson", geo, "en").exit).isZero();

        CliRun adjust = CliRun.run("survey", "adjust", site.toString(), "--json");
        assertThat(adjust.exit).isZero();
        JsonNode adjusted = mapper.readTree(adjust.out).path("area");

        JsonNode fc = mapper.readTree(Files.readString(geo));
        assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.path("crs").path("properties").path("name").asText()).contains("4542");
        List<String> names = new ArrayList<>();
        JsonNode parcel = null;
        JsonNode partA = null;
        for (JsonNode f : fc.path("features")) {
            JsonNode p = f.path("properties");
            if (p.has("name") && "corner".equals(p.path("kind").asText())) {
                names.add(p.path("name").asText());
            }
            if ("parcel".equals(p.path("role").asText())) {
                parcel = p;
            }
            if ("part".equals(p.path("role").asText()) && "A".equals(p.path("party").asText())) {
                partA = p;
            }
        }
        assertThat(names).contains("J1", "J2", "J3", "J4", "J5");
        assertThat(parcel.path("m2").asDouble()).isCloseTo(adjusted.path("m2").asDouble(), offset(0.01));
        assertThat(parcel.path("sigma_m2").asDouble()).isCloseTo(adjusted.path("sigma_m2").asDouble(), offset(0.01));
        // the true field (scripts/sketch_reference.py) lies within 3σ of the adjusted area
        assertThat(adjusted.path("m2").asDouble()).isCloseTo(8287.60, offset(3 * adjusted.path("sigma_m2").asDouble()));
        assertThat(partA.path("m2").asDouble()).isCloseTo(4400.00, offset(0.01));
        assertThat(partA.path("mu").asDouble()).isCloseTo(6.6, offset(0.0001));
    }

    @Test
    void svgKeepsItsTextAsTextInEitherLanguageAndPngIsAnImage() throws Exception {
        Path zh = dir.resolve("zh.svg");
        Path bo = dir.resolve("bo.svg");
        Path png = dir.resolve("bo.png");
        assertThat(export("svg", zh, "zh").exit).isZero();
        assertThat(export("svg", bo, "bo").exit).isZero();
        assertThat(export("png", png, "bo").exit).isZero();
        String zhText = Files.readString(zh);
        assertThat(zhText).contains(">现场图</text>", "案号：(2026)青2224执218号", "拒签", "北至：公共草场", "86.55 m",
                "class=\"claim-A\"", "class=\"claim-B\"", "stroke-dasharray", "url(#hatch)");
        String boText = Files.readString(bo);
        assertThat(boText).contains("ས་ཐོག་རི་མོ", "font-family=\"'LastMile Uchen'");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(image.getHeight()).isGreaterThan(2000);
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        CliRun format = export("pdf", dir.resolve("x.pdf"), "en");
        assertThat(format.exit).isEqualTo(2);
        assertThat(format.err.strip()).isEqualTo("--format must be svg, png, geojson or site, not \"pdf\"");
        CliRun noSketch = CliRun.run("sketch", "export", "(2026)青2224执999号", "--format", "svg", "--out",
                dir.resolve("y.svg").toString(), "--data-dir", dir.resolve("data").toString(), "--lang", "en");
        assertThat(noSketch.exit).isEqualTo(2);
        assertThat(noSketch.err.strip().lines()).hasSize(1);
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }

    @Test
    void recordVerifyFailsOnceOneStoredCoordinateOfTheSketchChanges() throws Exception {
        Path data = dir.resolve("data");
        JsonNode records = mapper.readTree(CliRun.run("record", "list", FARMLAND, "--json", "--data-dir",
                data.toString()).out);
        String id = records.get(0).path("id").asText();
        assertThat(CliRun.run("record", "verify", id, "--data-dir", data.toString(), "--lang", "en").exit).isZero();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("lastmile.db"));
                java.sql.Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER sketches_frozen_no_update");
            // J1's stored easting, one millimetre east: the canonical JSON keeps it as the same text otherwise
            assertThat(st.executeUpdate("UPDATE sketches SET doc = json_set(doc, '$.corners[0].e',"
                    + " json_extract(doc, '$.corners[0].e') + 0.001)")).isEqualTo(1);
        }
        CliRun broken = CliRun.run("record", "verify", id, "--data-dir", data.toString(), "--lang", "en");
        assertThat(broken.exit).isEqualTo(1);
        assertThat(broken.err.strip()).startsWith("The site sketch was changed after sealing");
    }
}
