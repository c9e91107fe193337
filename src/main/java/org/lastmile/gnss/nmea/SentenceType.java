package org.lastmile.gnss.nmea;

/** The NMEA 0183 sentence types the parser uses; the talker (GP, GN, BD, …) is not part of the type. */
public enum SentenceType {
    /** Fix data: time, position, quality, satellites, HDOP, altitude. */
    GGA(new GgaDecoder()),
    /** Recommended minimum: time, date, status, position, speed, course. */
    RMC(new RmcDecoder()),
    /** Multi-constellation fix data (NMEA 4). */
    GNS(new GnsDecoder()),
    /** Geographic position with time and status. */
    GLL(new GllDecoder()),
    /** Fix mode, satellites used, DOPs. */
    GSA(new GsaDecoder()),
    /** Pseudorange error statistics: the receiver's σ of latitude, longitude, altitude. */
    GST(new GstDecoder()),
    /** Satellites in view. */
    GSV(new GsvDecoder()),
    /** Course and speed over ground. */
    VTG(new VtgDecoder()),
    /** Time and date. */
    ZDA(new ZdaDecoder());

    private final SentenceDecoder decoder;

    SentenceType(SentenceDecoder decoder) {
        this.decoder = decoder;
    }

    SentenceDecoder decoder() {
        return decoder;
    }

    /** The type of the three letters at {@code bytes[at..at+3)}, or null when unsupported. */
    static SentenceType of(byte[] bytes, int at) {
        int key = (bytes[at] << 16) | (bytes[at + 1] << 8) | bytes[at + 2];
        switch (key) {
            case ('G' << 16) | ('G' << 8) | 'A':
                return GGA;
            case ('R' << 16) | ('M' << 8) | 'C':
                return RMC;
            case ('G' << 16) | ('N' << 8) | 'S':
                return GNS;
            case ('G' << 16) | ('L' << 8) | 'L':
                return GLL;
            case ('G' << 16) | ('S' << 8) | 'A':
                return GSA;
            case ('G' << 16) | ('S' << 8) | 'T':
                return GST;
            case ('G' << 16) | ('S' << 8) | 'V':
                return GSV;
            case ('V' << 16) | ('T' << 8) | 'G':
                return VTG;
            case ('Z' << 16) | ('D' << 8) | 'A':
                return ZDA;
            default:
                return null;
        }
    }
}
