package org.lastmile.gnss.nmea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.lastmile.Generators.bytes;
import static org.lastmile.Generators.strings;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lastmile.gnss.fix.GnssFix;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever bytes come in, the parser neither throws nor hangs, and noise never invents a position:
 * every position it reports from a damaged log is one the undamaged log has. (QuickTheories has no
 * timeout of its own, so each try runs under {@code assertTimeoutPreemptively}.)
 */
class NmeaParserPropertyTest {

    /** A hang's bound, not a speed budget: a try takes milliseconds, far more at load 30 on two cores. */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String[] LOGS = {"beidou-bd", "garmin48", "mtk-3301", "neo-m8n", "quectel-L70",
        "st-teseo-liv3f", "ublox-f9p-hpnmea", "nmea-fuzzy-cases"};

    /**
     * The same inputs in every run; seeds 1000–1199 at each property's own example count (300, 300,
     * 200 and 50: 170,000 inputs) all pass.
     */
    private static final long SEED = 1000L;

    @Test
    void randomBytesNeverThrow() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(bytes(5000), integers().between(1, 700)).checkAssert((bytes, chunk) ->
                assertTimeoutPreemptively(LIMIT, () -> {
                    NmeaParser parser = new NmeaParser(fix -> { });
                    for (int i = 0; i < bytes.length; i += chunk) {
                        parser.accept(bytes, i, Math.min(chunk, bytes.length - i));
                    }
                    parser.finish();
                    assertThat(parser.stats().bytes()).isEqualTo(bytes.length);
                }));
    }

    @Test
    void randomSentenceLikeTextNeverThrows() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(sentenceLike())
                .checkAssert(text -> assertTimeoutPreemptively(LIMIT, () -> Nmea.fixes(text)));
    }

    @Test
    void damageNeverInventsAPosition() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(logs(), longs().all(), integers().between(1, 60))
                .checkAssert(NmeaParserPropertyTest::damageNeverInventsAPosition);
    }

    private static void damageNeverInventsAPosition(String log, long seed, int damages) {
        byte[] clean = read(log);
        Set<String> positions = new HashSet<>();
        for (GnssFix fix : Nmea.fixes(clean)) {
            if (fix.hasPosition()) {
                positions.add(fix.latitude() + "," + fix.longitude());
            }
        }
        byte[] damaged = damage(clean, new Random(seed), damages);
        List<GnssFix> fixes = new ArrayList<>();
        assertTimeoutPreemptively(LIMIT, () -> fixes.addAll(Nmea.fixes(damaged)));
        // NMEA's checksum is 8 bits: a damaged sentence (say the head of one joined to the tail of
        // another) passes it with probability 1/256, so one invented position in a badly damaged
        // log can happen; a parser that trusted damaged lines would invent many.
        List<String> invented = fixes.stream().filter(GnssFix::hasPosition)
                .map(fix -> fix.latitude() + "," + fix.longitude()).filter(p -> !positions.contains(p)).toList();
        assertThat(invented).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void veryLongLinesAreDroppedAndTheRestStillParses() {
        qt().withFixedSeed(SEED).withExamples(50).forAll(logs(), integers().between(257, 200_000),
                Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 'x'))
                .checkAssert(NmeaParserPropertyTest::veryLongLinesAreDroppedAndTheRestStillParses);
    }

    private static void veryLongLinesAreDroppedAndTheRestStillParses(String log, int length, byte filler) {
        byte[] clean = read(log);
        long expected = Nmea.fixes(clean).stream().filter(GnssFix::hasPosition).count();
        byte fill = filler == '\r' || filler == '\n' || filler == 0 || filler == '$' || filler == '#' ? (byte) 'x' : filler;
        byte[] longLine = new byte[length];
        java.util.Arrays.fill(longLine, fill);
        byte[] text = concat(longLine, new byte[] {'\n'}, clean, new byte[] {'\r'}, longLine);
        assertTimeoutPreemptively(LIMIT, () -> {
            List<GnssFix> fixes = Nmea.fixes(text);
            assertThat(fixes.stream().filter(GnssFix::hasPosition).count()).isEqualTo(expected);
        });
    }

    static Gen<String> logs() {
        return Generate.pick(List.of(LOGS));
    }

    static Gen<String> sentenceLike() {
        StringBuilder ascii = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            ascii.append(c);
        }
        Gen<String> field = Generate.oneOf(strings("0123456789.-NSEWAVDM", 14), strings(ascii.toString(), 5));
        Gen<String> type = Generate.pick(List.of("GPGGA", "GNRMC", "BDGSA", "GBGSV", "GLGLL", "GAGNS", "GQGST",
                "GPVTG", "GPZDA", "PMTK", "GPXXX", ""));
        Gen<String> line = type.zip(lists().of(field).ofSizeBetween(0, 30), integers().between(0, 3),
                (address, fields, ending) -> {
                    String body = address + "," + String.join(",", fields);
                    String sentence = ending == 0 ? "$" + body : Nmea.sentence(body);
                    return sentence + (ending == 2 ? "\r" : "\r\n");
                });
        return lists().of(line).ofSizeBetween(0, 40).map(lines -> String.join("", lines));
    }

    static byte[] read(String log) {
        try (InputStream in = NmeaParserPropertyTest.class.getResourceAsStream("/nmea/" + log + ".log")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts, deletes, flips, inserts noise and NUL bytes, swaps line endings. */
    static byte[] damage(byte[] clean, Random random, int damages) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] bytes = clean.clone();
        for (int d = 0; d < damages; d++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes[at] = 0;
                case 2 -> bytes[at] = '\n';
                case 3 -> bytes[at] = (byte) "$*,#\r".charAt(random.nextInt(5));
                default -> bytes = concat(java.util.Arrays.copyOf(bytes, at),
                        java.util.Arrays.copyOfRange(bytes, Math.min(bytes.length, at + random.nextInt(80)), bytes.length));
            }
            if (bytes.length == 0) {
                break;
            }
        }
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
