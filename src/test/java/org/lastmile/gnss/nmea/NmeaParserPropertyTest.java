package org.lastmile.gnss.nmea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.lastmile.gnss.fix.GnssFix;

/**
 * Whatever bytes come in, the parser neither throws nor hangs, and noise never invents a position:
 * every position it reports from a damaged log is one the undamaged log has. (jqwik has no timeout
 * of its own, so each try runs under {@code assertTimeoutPreemptively}.)
 */
class NmeaParserPropertyTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final String[] LOGS = {"beidou-bd", "garmin48", "mtk-3301", "neo-m8n", "quectel-L70",
        "st-teseo-liv3f", "ublox-f9p-hpnmea", "nmea-fuzzy-cases"};

    @Property(tries = 300)
    void randomBytesNeverThrow(@ForAll @Size(max = 5000) byte[] bytes, @ForAll @IntRange(min = 1, max = 700) int chunk) {
        assertTimeoutPreemptively(LIMIT, () -> {
            NmeaParser parser = new NmeaParser(fix -> { });
            for (int i = 0; i < bytes.length; i += chunk) {
                parser.accept(bytes, i, Math.min(chunk, bytes.length - i));
            }
            parser.finish();
            assertThat(parser.stats().bytes()).isEqualTo(bytes.length);
        });
    }

    @Property(tries = 300)
    void randomSentenceLikeTextNeverThrows(@ForAll("sentenceLike") String text) {
        assertTimeoutPreemptively(LIMIT, () -> Nmea.fixes(text));
    }

    @Property(tries = 200)
    void damageNeverInventsAPosition(@ForAll("logs") String log, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 60) int damages) {
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

    @Property(tries = 50)
    void veryLongLinesAreDroppedAndTheRestStillParses(@ForAll("logs") String log,
            @ForAll @IntRange(min = 257, max = 200_000) int length, @ForAll byte filler) {
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

    @Provide
    Arbitrary<String> logs() {
        return Arbitraries.of(LOGS);
    }

    @Provide
    Arbitrary<String> sentenceLike() {
        Arbitrary<String> field = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.-NSEWAVDM").ofMaxLength(14),
                Arbitraries.strings().ascii().ofMaxLength(5));
        Arbitrary<String> type = Arbitraries.of("GPGGA", "GNRMC", "BDGSA", "GBGSV", "GLGLL", "GAGNS", "GQGST",
                "GPVTG", "GPZDA", "PMTK", "GPXXX", "");
        return net.jqwik.api.Combinators.combine(type, field.list().ofMaxSize(30), Arbitraries.integers().between(0, 3))
                .as((address, fields, ending) -> {
                    String body = address + "," + String.join(",", fields);
                    String line = ending == 0 ? "$" + body : Nmea.sentence(body);
                    return line + (ending == 2 ? "\r" : "\r\n");
                }).list().ofMaxSize(40).map(lines -> String.join("", lines));
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
