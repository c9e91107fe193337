package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 3, unit = TimeUnit.MINUTES) // a hang's bound, not a speed budget (two loaded cores)
class GnssCommandTest {

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLineApp(new PrintWriter(out), new PrintWriter(err), Map.of(),
                options -> { throw new AssertionError("no window"); }).run(args);
        return new Run(code, out.toString(), err.toString());
    }

    static String log(String name) throws Exception {
        return Path.of(GnssCommandTest.class.getResource("/nmea/" + name + ".log").toURI()).toString();
    }

    @Test
    void parseJsonGivesOneObjectPerFix() throws Exception {
        Run run = run("gnss", "parse", log("nmea-fuzzy-cases"), "--json");
        assertThat(run.code()).isZero();
        assertThat(run.lines()).hasSize(14);
        JsonNode first = new ObjectMapper().readTree(run.lines().get(0));
        assertThat(first.get("time").asText()).isEqualTo("2020-03-18T13:28:20.600Z");
        assertThat(first.get("lat").asDouble()).isEqualTo(41.574970205, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(first.get("lon").asDouble()).isEqualTo(-93.750558641, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(first.get("alt").asDouble()).isEqualTo(278.02);
        assertThat(first.get("quality").asText()).isEqualTo("dgps");
        assertThat(first.get("sats").asInt()).isEqualTo(9);
        assertThat(first.get("hdop").asDouble()).isEqualTo(1.0);
        assertThat(first.has("sigma_lat")).isFalse();
        JsonNode rtk = new ObjectMapper().readTree(run.lines().get(13));
        assertThat(rtk.get("quality").asText()).isEqualTo("rtk_fixed");
    }

    @Test
    void parseJsonCarriesGstSigma() throws Exception {
        Run run = run("gnss", "parse", log("quectel-L70"), "--json");
        JsonNode first = new ObjectMapper().readTree(run.lines().get(0));
        assertThat(first.get("sigma_lat").asDouble()).isEqualTo(6.8);
        assertThat(first.get("sigma_lon").asDouble()).isEqualTo(7.2);
    }

    @Test
    void parseTextIsLocalizedLongitudeFirst() throws Exception {
        Run zh = run("gnss", "parse", log("bt-q818"));
        Run en = run("--lang", "en", "gnss", "parse", log("bt-q818"));
        Run bo = run("--lang", "bo", "gnss", "parse", log("bt-q818"));
        assertThat(zh.code()).isZero();
        assertThat(zh.lines().get(0)).startsWith("2010-06-03T14:52:43.000Z  经度 -117.747123333 纬度 34.032940000")
                .contains("差分定位");
        assertThat(en.lines().get(0)).contains("lon -117.747123333 lat 34.032940000").contains("Differential");
        assertThat(bo.lines().get(0)).contains("གཞུང་ཐིག -117.747123333");
        assertThat(en.err()).contains("10 fixes");
    }

    @Test
    void averageJsonHasTheCorner() throws Exception {
        Run run = run("gnss", "average", log("st-teseo-liv3f"), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode corner = new ObjectMapper().readTree(run.out());
        assertThat(corner.get("lat").asDouble()).isBetween(42.2512, 42.2514);
        assertThat(corner.get("lon").asDouble()).isBetween(-88.1982, -88.1980);
        assertThat(corner.get("sigma_m").asDouble()).isPositive().isLessThan(5);
        assertThat(corner.get("used").asInt() + corner.get("rejected").asInt()).isEqualTo(30);
    }

    @Test
    void averageHonoursMinFixesAndMaxHdop() throws Exception {
        Run tooFew = run("--lang", "en", "gnss", "average", log("ublox-f9p-hpnmea"));
        assertThat(tooFew.code()).isEqualTo(2);
        assertThat(tooFew.err()).isEqualTo("Only 9 usable fixes; at least 30 are needed" + System.lineSeparator());
        Run enough = run("gnss", "average", log("ublox-f9p-hpnmea"), "--min-fixes", "5", "--json");
        assertThat(enough.code()).isZero();
        Run gated = run("--lang", "en", "gnss", "average", log("ublox-f9p-hpnmea"), "--min-fixes", "5", "--max-hdop", "0.3");
        assertThat(gated.code()).isEqualTo(2);
        assertThat(gated.err()).startsWith("No usable fix");
    }

    @Test
    void poorAccuracyIsRefusedUnlessAllowed() throws Exception {
        Run refused = run("--lang", "en", "gnss", "average", log("st-teseo-liv3f"), "--max-sigma", "0.1");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).startsWith("Accuracy too low: horizontal σ ").contains("above the limit of 0.10 m");
        Run allowed = run("gnss", "average", log("st-teseo-liv3f"), "--max-sigma", "0.1", "--allow-poor-accuracy");
        assertThat(allowed.code()).isZero();
        assertThat(allowed.out()).contains("水平中误差");
    }

    @Test
    void notNmeaIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "these are not the sentences you are looking for\n");
        Run run = run("--lang", "en", "gnss", "parse", text.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("not an NMEA log: " + text + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        Run average = run("gnss", "average", text.toString());
        assertThat(average.code()).isEqualTo(2);
        assertThat(average.err()).startsWith("不是 NMEA 记录文件：").doesNotContain("Exception");
    }

    @Test
    void unreadableFilesAreOneLineAndExitTwo(@TempDir Path dir) {
        Run missing = run("--lang", "en", "gnss", "parse", dir.resolve("nothing.log").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("cannot read file: ").hasLineCount(1);
        Run folder = run("--lang", "en", "gnss", "average", dir.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).hasLineCount(1);
    }

    @Test
    void anEndlessDeviceEndsQuickly() {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")));
        Run run = run("--lang", "en", "gnss", "parse", "/dev/zero");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("not an NMEA log: /dev/zero" + System.lineSeparator());
    }

    @Test
    void badNumbersAreRefused() throws Exception {
        Run run = run("--lang", "en", "gnss", "average", log("neo-m8n"), "--max-hdop", "-1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("--max-hdop must be a number above zero: -1.0" + System.lineSeparator());
    }

    @Test
    void gnssAloneShowsItsUsage() {
        Run run = run("--lang", "en", "gnss");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("parse").contains("average").contains("GNSS tools");
    }
}
