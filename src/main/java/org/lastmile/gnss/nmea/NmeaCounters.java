package org.lastmile.gnss.nmea;

/** The parser's running counts; see {@link NmeaStats} for their meaning. */
final class NmeaCounters {
    long bytes;
    long sentences;
    long decoded;
    long badChecksum;
    long noChecksum;
    long overlong;
    long proprietary;
    long unsupported;
    long malformed;
    long noise;
    long epochs;
    long fixes;

    NmeaStats snapshot() {
        return new NmeaStats(bytes, sentences, decoded, badChecksum, noChecksum, overlong, proprietary,
                unsupported, malformed, noise, epochs, fixes);
    }
}
