package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lastmile.bench.ImportFiles;

/**
 * Every importer and the {@code survey project} and {@code gnss parse} commands handle 100,000
 * points in a real {@code lastmile} process whose heap is capped at 256 MB, a quarter of what the
 * installed launcher gives (-Xmx1g): memory in proportion to the points, never to a document
 * model or a whole-file string. Each runs as its own JVM, so an OutOfMemoryError there is a
 * failed exit here.
 */
class ImportHeapTest {

    private static final int POINTS = 100_000;

    @TempDir
    Path dir;

    private Process start(Path out, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                "org.lastmile.app.Launcher", "--lang", "en", "--data-dir", dir.resolve("data").toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    @ParameterizedTest
    @CsvSource({
        "csv, '100,000 point(s), 0 line(s)'",
        "gpx, '0 point(s), 1 line(s)'",
        "kml, '0 point(s), 1 line(s)'",
        "kmz, '0 point(s), 1 line(s)'",
        "geojson, '0 point(s), 1 line(s)'",
        "dat, '100,000 point(s), 0 line(s)'"})
    void importUnderAQuarterOfTheLaunchersHeap(String kind, String summary) throws Exception {
        Path file = ImportFiles.write(dir, kind, POINTS);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        List<String> args = new ArrayList<>(List.of("import", file.toString()));
        if (kind.equals("dat")) {
            args.addAll(List.of("--crs", "EPSG:4521"));
        }
        Process p = start(out, err, args.toArray(String[]::new));
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(errors).isZero();
        assertThat(errors).contains("walk." + kind + ": " + summary).contains("0 part(s) not imported");
    }

    /**
     * Half a million GPX track points, a week of a receiver logging every second. This is the case
     * that tells the bounded importers from the ones before them: run as this same command on the
     * code before the fix (b7245a7, jpx's object model), it stopped with an OutOfMemoryError
     * (exit 3) under -Xmx256m, while every 100,000-point case above passed there too.
     */
    @org.junit.jupiter.api.Test
    void aWeekLongGpxTrackUnderAQuarterOfTheLaunchersHeap() throws Exception {
        Path file = ImportFiles.write(dir, "gpx", 500_000);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = start(out, err, "import", file.toString());
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(errors).isZero();
        assertThat(errors).contains("walk.gpx: 0 point(s), 1 line(s)").contains("0 part(s) not imported");
    }

    @ParameterizedTest
    @CsvSource({"txt", "nmea"})
    void surveyProjectAndGnssParseUnderAQuarterOfTheLaunchersHeap(String kind) throws Exception {
        Path file = ImportFiles.write(dir, kind, POINTS);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = kind.equals("txt")
                ? start(out, err, "survey", "project", "--from", "EPSG:4490", "--to", "EPSG:4521", "--input",
                        file.toString())
                : start(out, err, "gnss", "parse", file.toString(), "--json");
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        try (var lines = Files.lines(out)) {
            assertThat(lines.count()).isEqualTo(POINTS);
        }
    }

    /** Files over a limit, each refused before it fills the heap: the counts run while reading. */
    @ParameterizedTest
    @CsvSource({
        "over.geojson, 'more than 2,000,000 vertices'",
        "over.gpx, 'more than 2,000,000 vertices'",
        "bomb.kmz, 'larger than 100 MB'"})
    void filesOverALimitAreRefusedUnderAQuarterOfTheLaunchersHeap(String name, String reason) throws Exception {
        Path file = dir.resolve(name);
        int n = 2_000_001;
        if (name.endsWith(".geojson")) {
            try (var w = Files.newBufferedWriter(file)) {
                w.write("{\"type\":\"LineString\",\"coordinates\":[");
                for (int i = 0; i < n; i++) {
                    w.write(i == 0 ? "[100.1,37.1]" : ",[100.1,37.1]");
                }
                w.write("]}");
            }
        } else if (name.endsWith(".gpx")) {
            try (var w = Files.newBufferedWriter(file)) {
                w.write("<gpx version=\"1.1\"><trk><trkseg>\n");
                for (int i = 0; i < n; i++) {
                    w.write("<trkpt lat=\"37.1\" lon=\"100.1\"/>\n");
                }
                w.write("</trkseg></trk></gpx>");
            }
        } else {
            // 150 MB of one repeated placemark compress to well under a megabyte
            try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
                z.putNextEntry(new java.util.zip.ZipEntry("doc.kml"));
                byte[] chunk = "<Placemark><Point><coordinates>100.1,37.1</coordinates></Point></Placemark>\n"
                        .repeat(1000).getBytes(StandardCharsets.UTF_8);
                z.write("<kml><Document>".getBytes(StandardCharsets.UTF_8));
                for (long written = 0; written < 150L << 20; written += chunk.length) {
                    z.write(chunk);
                }
                z.closeEntry();
            }
        }
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = start(out, err, "import", file.toString());
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(errors).isEqualTo(2);
        // progress lines may come first: the refusal is the last line
        assertThat(errors.strip().lines().reduce((a, b) -> b)).hasValue(name + ": " + reason + "; not imported");
    }
}
