package org.lastmile.gnss.nmea;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;
import org.lastmile.gnss.fix.GnssFix;

/**
 * A streaming NMEA 0183 parser: feed it bytes in chunks of any size ({@link #accept}), and it
 * reports one {@link GnssFix} per receiver cycle to its listener (with or without a position; see
 * {@link GnssFix#hasPosition()}). Memory stays bounded whatever the input: one line buffer of
 * {@link #MAX_LINE_LENGTH} bytes and one open cycle.
 *
 * <p>Tolerated: comment lines starting with {@code #}, proprietary {@code $P…} sentences (checked
 * and skipped), lines cut short (a {@code $} starts a new sentence wherever it appears), any mix
 * of {@code \r}, {@code \n} and {@code \r\n}, NUL bytes and binary noise (line breaks), lines longer
 * than the limit (dropped). Every sentence must carry a correct {@code *hh} checksum; others are
 * dropped and counted ({@link #stats()}). Not thread-safe: one parser per stream.
 */
public final class NmeaParser {

    /**
     * The longest line kept, in bytes. NMEA allows 82 characters, but high-precision receivers send
     * about 100 and MediaTek's proprietary channel status ({@code $PMTKCHN}) 203; longer lines are
     * sentences run together or noise.
     */
    public static final int MAX_LINE_LENGTH = 256;

    private final NmeaCounters counters = new NmeaCounters();
    private final EpochAssembler assembler;
    private final Sentence sentence = new Sentence();
    private final byte[] line = new byte[MAX_LINE_LENGTH];
    private int length;
    private boolean overflow;
    private boolean comment;

    /** A parser that reports every cycle to {@code listener}, on the thread that feeds it. */
    public NmeaParser(Consumer<GnssFix> listener) {
        this.assembler = new EpochAssembler(Objects.requireNonNull(listener, "listener"), counters);
    }

    /**
     * Parses a whole stream (read in 64 KiB blocks, never held in memory) and reports every cycle.
     * The stream is not closed.
     *
     * @return what was seen
     * @throws IOException when reading fails; cycles before the failure have been reported
     */
    public static NmeaStats parse(InputStream in, Consumer<GnssFix> listener) throws IOException {
        NmeaParser parser = new NmeaParser(listener);
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            parser.accept(buffer, 0, n);
        }
        parser.finish();
        return parser.stats();
    }

    /** Feeds bytes; complete sentences are decoded and finished cycles reported at once. */
    public void accept(byte[] bytes, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, bytes.length);
        counters.bytes += count;
        byte[] buffer = line;
        int n = length;
        for (int i = offset, end = offset + count; i < end; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r' || b == 0) {
                if (n > 0 || overflow) {
                    length = n;
                    endLine();
                    n = 0;
                }
                comment = false;
            } else if (comment) {
                continue;
            } else if (b == '$') {
                if (n > 0 || overflow) {
                    length = n;
                    endLine();
                }
                buffer[0] = b;
                n = 1;
            } else if (n == 0 && !overflow && b == '#') {
                comment = true;
                counters.noise++;
            } else if (n < MAX_LINE_LENGTH) {
                buffer[n++] = b;
            } else {
                overflow = true;
            }
        }
        length = n;
    }

    /** Ends the input: decodes a last unterminated sentence and reports the open cycle. */
    public void finish() {
        if (length > 0 || overflow) {
            endLine();
        }
        comment = false;
        assembler.flush();
    }

    /** Counts of what was seen so far. */
    public NmeaStats stats() {
        return counters.snapshot();
    }

    private void endLine() {
        if (overflow) {
            counters.overlong++;
        } else {
            sentence(line, length);
        }
        length = 0;
        overflow = false;
    }

    private void sentence(byte[] s, int n) {
        // Trailing blanks after the checksum are tolerated.
        while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) {
            n--;
        }
        if (s[0] != '$' || n < 4) {
            counters.noise++;
            return;
        }
        int star = n - 3;
        if (star < 1 || s[star] != '*') {
            counters.noChecksum++;
            return;
        }
        int expected = (hex(s[star + 1]) << 4) | hex(s[star + 2]);
        int sum = 0;
        sentence.begin(s);
        for (int i = 1; i < star; i++) {
            byte b = s[i];
            if (b < 0x20 || b > 0x7e || b == '*') {
                counters.badChecksum++;
                return;
            }
            if (b == ',') {
                sentence.comma(i);
            }
            sum ^= b;
        }
        if (expected < 0 || sum != expected) {
            counters.badChecksum++;
            return;
        }
        counters.sentences++;
        if (s[1] == 'P') {
            counters.proprietary++;
            return;
        }
        decode(s, star);
    }

    private void decode(byte[] s, int star) {
        if (!sentence.end(star) || sentence.length(0) != 5 || !isLetter(s[1]) || !isLetter(s[2])) {
            counters.unsupported++;
            return;
        }
        SentenceType type = SentenceType.of(s, 3);
        if (type == null) {
            counters.unsupported++;
            return;
        }
        if (type.decoder().decode(sentence, assembler)) {
            counters.decoded++;
        } else {
            counters.malformed++;
        }
    }

    private static boolean isLetter(byte b) {
        return b >= 'A' && b <= 'Z';
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return -256;
    }
}
