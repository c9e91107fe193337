package org.lastmile.gnss.nmea;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Huge inputs stream through in bounded memory: the parser keeps one line buffer whatever comes,
 * so the bytes it allocates do not grow with the input (measured with the JVM's per-thread
 * allocation counter).
 */
class NmeaParserStreamingTest {

    /** A stream of {@code total} bytes that repeats {@code pattern}, made on the fly. */
    static InputStream repeating(byte[] pattern, long total) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < total ? pattern[(int) (position++ % pattern.length)] & 0xff : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= total) {
                    return -1;
                }
                int n = (int) Math.min(length, total - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = pattern[(int) (position++ % pattern.length)];
                }
                return n;
            }
        };
    }

    static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    // The bounds end a hang (a parse that does not stream). A quiet machine takes seconds; at load
    // 30 on two cores a gigabyte can take over a minute, so they are five minutes.
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aGigabyteLineWithoutEndIsDroppedInConstantMemory() throws IOException {
        long before = allocatedBytes();
        NmeaStats stats = NmeaParser.parse(repeating(new byte[] {'A', 'B', ',', '7'}, 1L << 30), fix -> { });
        long allocated = allocatedBytes() - before;
        assertThat(stats.bytes()).isEqualTo(1L << 30);
        assertThat(stats.overlong()).isEqualTo(1);
        assertThat(allocated).isLessThan(4L << 20);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aLongRecordedSessionStreamsThrough() throws IOException {
        byte[] log = NmeaParserPropertyTest.read("neo-m8n");
        long repeats = 2_000;
        AtomicLong positions = new AtomicLong();
        NmeaStats stats = NmeaParser.parse(repeating(log, log.length * repeats), fix -> {
            if (fix.hasPosition()) {
                positions.incrementAndGet();
            }
        });
        // The log is 24 one-second cycles; repeated, each copy starts a new cycle.
        assertThat(stats.fixes()).isEqualTo(positions.get()).isGreaterThanOrEqualTo(24 * repeats - repeats);
        assertThat(stats.badChecksum()).isZero();
    }
}
