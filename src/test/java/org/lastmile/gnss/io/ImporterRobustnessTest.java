package org.lastmile.gnss.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.lastmile.Generators.bytes;
import static org.lastmile.Generators.strings;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever the bytes, an import ends with a result or an {@link ImportException}: never another
 * exception, never a hang (each import is bounded to seconds), and never work out of proportion
 * to the input (allocation is measured for the large cases).
 */
class ImporterRobustnessTest {

    private static final List<String> SAMPLES = List.of("points-en.csv", "points-zh-dms.csv", "points-zh-gbk.csv",
            "points-no-header.txt", "field-walk-1.1.gpx", "field-walk-1.0.gpx", "ovital-parcels.kml",
            "ovital-parcels.kmz", "amap-track-no-namespace.kml", "parcels.geojson", "gangcha-zone33.dat");
    private static final List<String> NAMES = List.of("x.gpx", "x.kml", "x.kmz", "x.csv", "x.txt", "x.geojson",
            "x.json", "x.dat", "x.unknown", "noextension");
    private static final ImportOptions OPTIONS = ImportOptions.defaults().withPlane(new Proj4jZone33());

    /**
     * The same inputs in every run; seeds 1000–1199 at each property's own example count (300 each,
     * 40 under another name: 248,000 imports) all end in a result or an ImportException.
     */
    private static final long SEED = 1000L;

    /**
     * Imports and accepts only a result or an ImportException, within the time limit (a hang's
     * bound, not a speed budget: generous for a loaded two-core build machine).
     */
    static void survives(String name, byte[] data, ImportOptions options) {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try {
                ImportResult r = new FileImporter().importBytes(name, data, options);
                assertThat(r.features()).isNotNull();
            } catch (ImportException expected) {
                assertThat(expected.messageKey()).startsWith("gnss.import.error.");
            }
        });
    }

    static Gen<String> names() {
        return Generate.pick(NAMES);
    }

    static Gen<String> samples() {
        return Generate.pick(SAMPLES);
    }

    @Test
    void randomBytes() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(names(), bytes(2048)).checkAssert((name, data) -> survives(name, data, OPTIONS));
    }

    @Test
    void randomText() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(names(), strings("<>/\",;\n{}[]:1.- a度°'", 400))
                .checkAssert((name, text) -> survives(name, text.getBytes(StandardCharsets.UTF_8), OPTIONS));
    }

    @Test
    void cutSamples() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(samples(), integers().between(0, 100)).checkAssert((sample, percent) -> {
            byte[] data = Samples.bytes(sample);
            survives(sample, Arrays.copyOf(data, data.length * percent / 100), OPTIONS);
        });
    }

    @Test
    void mutatedSamples() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(samples(), longs().all()).checkAssert((sample, seed) -> {
            byte[] data = Samples.bytes(sample).clone();
            Random random = new Random(seed);
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                data[random.nextInt(data.length)] = (byte) random.nextInt(256);
            }
            survives(sample, data, OPTIONS);
        });
    }

    @Test
    void samplesUnderAnotherName() {
        qt().withFixedSeed(SEED).withExamples(40).forAll(samples(), names()).checkAssert((sample, name) ->
                survives(name, Samples.bytes(sample), OPTIONS));
    }

    @Test
    void veryLongLinesInEveryFormat() {
        String longText = "1".repeat(2_000_000);
        for (String sample : SAMPLES) {
            if (sample.endsWith(".kmz")) {
                continue;
            }
            byte[] data = Samples.bytes(sample);
            byte[] longer = new byte[data.length + longText.length()];
            int middle = data.length / 2;
            System.arraycopy(data, 0, longer, 0, middle);
            System.arraycopy(longText.getBytes(StandardCharsets.US_ASCII), 0, longer, middle, longText.length());
            System.arraycopy(data, middle, longer, middle + longText.length(), data.length - middle);
            survives(sample, longer, OPTIONS);
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        ImportOptions small = OPTIONS.withLimits(new ImportLimits(1 << 20, 1 << 20, 65536, 1000));
        assertThatThrownBy(() -> new FileImporter().importBytes("big.csv", new byte[(1 << 20) + 1], small))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.error()).isEqualTo(ImportError.TOO_LARGE));
    }

    @Test
    void tooManyVerticesStopsTheImport() {
        StringBuilder csv = new StringBuilder("lat,lon\n");
        for (int i = 0; i < 2000; i++) {
            csv.append("37.1,100.1\n");
        }
        ImportOptions small = OPTIONS.withLimits(new ImportLimits(1 << 20, 1 << 20, 65536, 1000));
        assertThatThrownBy(() -> new FileImporter().importBytes("many.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), small))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.error()).isEqualTo(ImportError.TOO_MANY_POSITIONS));
    }

    /** A 30 MB file of every kind: done in seconds, allocating a bounded multiple of its size. */
    @Test
    void hugeFilesAllocateInProportion() {
        int lines = 400_000;
        StringBuilder junk = new StringBuilder();
        StringBuilder kml = new StringBuilder("<kml><Document>");
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < lines; i++) {
            junk.append(i % 3 == 0 ? "J" + i + ",37.1234567,100.1234567,3300.5\n" : "garbage line ,,, 度 " + i + "\n");
            if (i < lines / 4) {
                kml.append("<Placemark><name>p").append(i).append("</name><Point><coordinates>100.1,37.")
                        .append(i).append("</coordinates></Point></Placemark>\n");
                json.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"name\":\"p\"},"
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[100.1,37.").append(i).append("]}}\n");
            }
        }
        kml.append("</Document></kml>");
        json.append("]}");
        check("huge.csv", ("name,lat,lon,ele\n" + junk).getBytes(StandardCharsets.UTF_8));
        check("huge.kml", kml.toString().getBytes(StandardCharsets.UTF_8));
        check("huge.geojson", json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void check(String name, byte[] data) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> { // a hang's bound, as in survives
            long before = threads.getCurrentThreadAllocatedBytes();
            try {
                new FileImporter().importBytes(name, data, OPTIONS);
            } catch (ImportException fine) {
                // refused is as good as read
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertThat(allocated).as("%s: %d bytes allocated for %d bytes of input", name, allocated, data.length)
                    .isLessThan(60L * data.length);
        });
    }
}
