package org.lastmile.gnss.nmea;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lastmile.gnss.fix.GnssFix;

/**
 * Every recorded log in {@code src/test/resources/nmea/} parses to the positions and times that
 * gpsd reported for it (its {@code .chk} file), within 1e-7 degree.
 *
 * <p>Both ways: every gpsd TPV with a position has a LastMile fix with the same time and
 * position, and every dated LastMile fix with a position was reported by gpsd. A gpsd TPV without
 * a time (gpsd had no date yet: the RMC of that cycle was still to come) must match a fix with the
 * time of day of the sentence it followed. The differences that remain are deliberate, each
 * counted per log below and explained in docs/gnss.md ("NMEA support"):
 * <ul>
 *   <li>{@link Difference#INVALID_GGA}: a GGA with quality 0 ("fix not valid") still carrying a
 *       position; gpsd reports it as a 2-D fix, LastMile as no position, because an invalid fix
 *       must never end up in a corner.</li>
 *   <li>{@link Difference#SPLIT_CYCLE}: the Garmin 48 stamps its GLL one second after its RMC and
 *       GGA; gpsd learns the GLL as the end of the cycle and reports only the GLL's second.
 *       LastMile reports every second that carried a position.</li>
 *   <li>{@link Difference#LAST_CYCLE}: the log ends before gpsd's learned cycle-ending sentence,
 *       so gpsd never reported the last cycle; LastMile reports it at the end of the input.</li>
 * </ul>
 * gpsd's GPS-week-rollover guess moves some old dates forward by 1024 weeks (neo-m8n, recorded in
 * 2015, comes out as 2034); the receiver's own date is kept here and the test allows that shift.
 */
class GpsdConformanceTest {

    static final double TOLERANCE_DEGREES = 1e-7;

    enum Difference { INVALID_GGA, SPLIT_CYCLE, LAST_CYCLE }

    private static final Map<String, Map<Difference, Integer>> EXPLAINED = Map.of(
            "mtk-3301", Map.of(Difference.INVALID_GGA, 1),
            "garmin48", Map.of(Difference.SPLIT_CYCLE, 6),
            "st-teseo-liv3f", Map.of(Difference.LAST_CYCLE, 1),
            "neo-m8n", Map.of(Difference.LAST_CYCLE, 1));

    private static final Map<String, String> SUMMARY = new java.util.concurrent.ConcurrentSkipListMap<>();

    @org.junit.jupiter.api.AfterAll
    static void printSummary() {
        SUMMARY.forEach((name, line) -> System.out.println("gpsd conformance " + name + ": " + line));
    }

    static Stream<String> logs() throws IOException, URISyntaxException {
        Path folder = Path.of(GpsdConformanceTest.class.getResource("/nmea").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".log"))
                    .map(name -> name.substring(0, name.length() - 4)).sorted().toList().stream();
        }
    }

    @Test
    void everyRecordedLogHasItsGpsdOutput() throws Exception {
        List<String> names = logs().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(10);
        for (String name : names) {
            assertThat(GpsdConformanceTest.class.getResource("/nmea/" + name + ".log.chk")).as(name).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("logs")
    void positionsAndTimesMatchGpsd(String name) throws Exception {
        List<GnssFix> fixes = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/nmea/" + name + ".log")) {
            NmeaParser.parse(in, fixes::add);
        }
        List<GpsdReference.Tpv> reports = GpsdReference.positions(
                Path.of(getClass().getResource("/nmea/" + name + ".log.chk").toURI()));
        assertThat(reports).as("gpsd positions in %s", name).isNotEmpty();

        Map<Difference, Integer> explained = EXPLAINED.getOrDefault(name, Map.of());
        int invalidGga = 0;
        double worst = 0;
        boolean[] reported = new boolean[fixes.size()];
        for (GpsdReference.Tpv tpv : reports) {
            int match = find(fixes, tpv);
            if (match < 0) {
                invalidGga++;
                assertThat(invalidGga).as("%s: gpsd TPV at line %d (%s) has no LastMile fix", name, tpv.line(),
                        tpv.time()).isLessThanOrEqualTo(explained.getOrDefault(Difference.INVALID_GGA, 0));
                continue;
            }
            reported[match] = true;
            GnssFix fix = fixes.get(match);
            worst = Math.max(worst, Math.max(Math.abs(fix.latitude() - tpv.lat()), Math.abs(fix.longitude() - tpv.lon())));
        }
        SUMMARY.put(name, String.format(java.util.Locale.ROOT, "%d gpsd positions, %d LastMile fixes, max |Δ| %.1e°",
                reports.size(), fixes.stream().filter(GnssFix::hasPosition).count(), worst));
        assertThat(invalidGga).as(name).isEqualTo(explained.getOrDefault(Difference.INVALID_GGA, 0));
        assertThat(worst).as("%s: largest difference from gpsd in degrees", name).isLessThanOrEqualTo(TOLERANCE_DEGREES);

        int lastWithPosition = -1;
        for (int i = 0; i < fixes.size(); i++) {
            if (fixes.get(i).hasPosition()) {
                lastWithPosition = i;
            }
        }
        int splitCycle = 0;
        int lastCycle = 0;
        for (int i = 0; i < fixes.size(); i++) {
            GnssFix fix = fixes.get(i);
            if (!fix.hasPosition() || fix.time() == null || fix.time().date() == null || reported[i]) {
                continue;
            }
            if (i == lastWithPosition) {
                lastCycle++;
            } else {
                splitCycle++;
            }
        }
        assertThat(splitCycle).as("%s: dated fixes that gpsd never reported", name)
                .isEqualTo(explained.getOrDefault(Difference.SPLIT_CYCLE, 0));
        assertThat(lastCycle).as("%s: last cycle unreported by gpsd", name)
                .isEqualTo(explained.getOrDefault(Difference.LAST_CYCLE, 0));
    }

    /** The index of the fix that a gpsd report describes, or -1. */
    private static int find(List<GnssFix> fixes, GpsdReference.Tpv tpv) {
        for (int i = 0; i < fixes.size(); i++) {
            GnssFix fix = fixes.get(i);
            if (!fix.hasPosition() || fix.time() == null
                    || Math.abs(fix.latitude() - tpv.lat()) > TOLERANCE_DEGREES
                    || Math.abs(fix.longitude() - tpv.lon()) > TOLERANCE_DEGREES) {
                continue;
            }
            if (tpv.time() == null) {
                double second = fix.time().timeOfDay().toNanoOfDay() / 1e9;
                if (Math.abs(second - tpv.secondOfDay()) < 1e-3) {
                    return i;
                }
            } else if (fix.time().date() != null && sameTime(fix, tpv.time())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameTime(GnssFix fix, String gpsdTime) {
        String mine = fix.time().toString();
        if (mine.equals(gpsdTime)) {
            return true;
        }
        LocalDate rolledOver = fix.time().date().plusWeeks(1024);
        return gpsdTime.equals(rolledOver + mine.substring(mine.indexOf('T')));
    }
}
