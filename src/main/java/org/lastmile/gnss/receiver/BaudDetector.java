package org.lastmile.gnss.receiver;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.lastmile.gnss.nmea.NmeaParser;

/**
 * Finds a receiver's baud rate by listening at each candidate rate (4800, 9600, 38400, 115200;
 * the last good one first) for sentences with valid checksums: at a wrong rate the bytes are
 * garbage and no checksum matches. A rate is taken after {@link #SENTENCES_NEEDED} valid
 * sentences; it is given up after {@link #MAX_BYTES} bytes or {@link #MAX_READS} reads (about
 * 2.5 s of silence with jSerialComm's 250 ms read wait) without them.
 */
final class BaudDetector {

    static final List<Integer> RATES = List.of(4800, 9600, 38400, 115200);
    static final int SENTENCES_NEEDED = 2;
    static final int MAX_BYTES = 4096;
    static final int MAX_READS = 10;

    private BaudDetector() {
    }

    /** An open link at the right rate, or empty when no rate gave NMEA. */
    static Optional<Detected> detect(SerialPorts ports, String name, int preferred) throws IOException {
        IOException failure = null;
        boolean opened = false;
        for (int rate : order(preferred)) {
            SerialPorts.SerialLink link;
            try {
                link = ports.open(name, rate);
            } catch (IOException e) {
                failure = e;
                continue;
            }
            opened = true;
            java.io.ByteArrayOutputStream heard = new java.io.ByteArrayOutputStream();
            if (speaksNmea(link, heard)) {
                return Optional.of(new Detected(link, rate, heard.toByteArray()));
            }
            link.close();
        }
        if (!opened && failure != null) {
            throw failure;
        }
        return Optional.empty();
    }

    private static boolean speaksNmea(SerialPorts.SerialLink link, java.io.ByteArrayOutputStream heard)
            throws IOException {
        NmeaParser parser = new NmeaParser(fix -> { });
        byte[] buffer = new byte[512];
        long bytes = 0;
        for (int reads = 0; reads < MAX_READS && bytes < MAX_BYTES; reads++) {
            int n = link.read(buffer);
            if (n < 0) {
                return false;
            }
            bytes += n;
            parser.accept(buffer, 0, n);
            heard.write(buffer, 0, n);
            if (parser.stats().sentences() >= SENTENCES_NEEDED) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> order(int preferred) {
        if (!RATES.contains(preferred)) {
            return RATES;
        }
        List<Integer> order = new java.util.ArrayList<>(RATES);
        order.remove(Integer.valueOf(preferred));
        order.add(0, preferred);
        return order;
    }

    /** A link that speaks NMEA, its rate, and the bytes read while listening (to be parsed first). */
    record Detected(SerialPorts.SerialLink link, int baud, byte[] heard) {
    }
}
