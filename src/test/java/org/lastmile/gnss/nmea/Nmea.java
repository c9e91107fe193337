package org.lastmile.gnss.nmea;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.lastmile.gnss.fix.GnssFix;

/** Test helpers: sentences with correct checksums, and parsing of text or bytes. */
public final class Nmea {

    private Nmea() {
    }

    /** {@code $body*hh} with the correct checksum. */
    public static String sentence(String body) {
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return String.format("$%s*%02X", body, sum);
    }

    /** The fixes of some bytes. */
    public static List<GnssFix> fixes(byte[] bytes) {
        List<GnssFix> fixes = new ArrayList<>();
        try {
            NmeaParser.parse(new ByteArrayInputStream(bytes), fixes::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixes;
    }

    /** The fixes of some text. */
    public static List<GnssFix> fixes(String text) {
        return fixes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The fixes with a position. */
    public static List<GnssFix> positions(String text) {
        return fixes(text).stream().filter(GnssFix::hasPosition).toList();
    }

    /** Parses some text and returns the counts. */
    public static NmeaStats stats(String text) {
        try {
            return NmeaParser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), fix -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
