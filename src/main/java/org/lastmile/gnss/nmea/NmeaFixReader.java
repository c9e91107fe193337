package org.lastmile.gnss.nmea;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Optional;
import org.lastmile.gnss.fix.GnssFix;

/**
 * Pulls epochs one at a time from an NMEA stream (for replaying a log at its own pace), reading
 * only as far as needed: memory stays bounded whatever the stream's size.
 */
public final class NmeaFixReader implements Closeable {

    private final InputStream in;
    private final ArrayDeque<GnssFix> ready = new ArrayDeque<>();
    private final NmeaParser parser = new NmeaParser(ready::add);
    private final byte[] buffer = new byte[8192];
    private boolean ended;

    public NmeaFixReader(InputStream in) {
        this.in = in;
    }

    /** The next epoch (with or without a position), or empty at the end of the stream. */
    public Optional<GnssFix> next() throws IOException {
        while (ready.isEmpty() && !ended) {
            int n = in.read(buffer);
            if (n < 0) {
                ended = true;
                parser.finish();
            } else {
                parser.accept(buffer, 0, n);
            }
        }
        return Optional.ofNullable(ready.poll());
    }

    /** What was seen so far. */
    public NmeaStats stats() {
        return parser.stats();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
