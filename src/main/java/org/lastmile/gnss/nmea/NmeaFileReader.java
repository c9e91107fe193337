package org.lastmile.gnss.nmea;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.lastmile.common.LocalizedException;
import org.lastmile.gnss.fix.GnssFix;

/**
 * Reads an NMEA log file (for the commands and the sketch's field-file import): a missing or unreadable file, or one that is not NMEA
 * (no sentence with a valid checksum at all), becomes a {@link LocalizedException}. Input that
 * shows no sentence in its first {@link #PROBE_BYTES} bytes is given up on there, so that a huge
 * binary file or an endless device ({@code /dev/zero}) ends quickly instead of hanging.
 */
public final class NmeaFileReader {

    static final long PROBE_BYTES = 16L << 20;

    private NmeaFileReader() {
    }

    /**
     * Reads the whole log, handing each fix to {@code listener}.
     *
     * @throws LocalizedException when the file cannot be read or holds no NMEA
     */
    public static NmeaStats read(Path file, Consumer<GnssFix> listener) {
        if (Files.isDirectory(file)) {
            throw new LocalizedException("gnss.error.unreadable", file);
        }
        NmeaParser parser = new NmeaParser(listener);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                parser.accept(buffer, 0, n);
                NmeaStats stats = parser.stats();
                if (stats.bytes() >= PROBE_BYTES && !stats.isNmea()) {
                    throw new LocalizedException("gnss.error.notNmea", file);
                }
            }
        } catch (IOException | SecurityException e) {
            throw new LocalizedException(e, "gnss.error.unreadable", file);
        }
        parser.finish();
        NmeaStats stats = parser.stats();
        if (!stats.isNmea()) {
            throw new LocalizedException("gnss.error.notNmea", file);
        }
        return stats;
    }
}
