package org.lastmile.gnss.nmea;

/**
 * What a parser saw, counted. A log is NMEA when {@link #sentences()} is positive.
 *
 * @param bytes bytes read
 * @param sentences sentences with a correct checksum (of any type, proprietary included)
 * @param decoded sentences of a supported type that were used
 * @param badChecksum sentences dropped because the checksum did not match
 * @param noChecksum sentences dropped because they had no {@code *hh} checksum
 * @param overlong lines dropped because they exceeded {@link NmeaParser#MAX_LINE_LENGTH}
 * @param proprietary {@code $P…} sentences (checked, then ignored)
 * @param unsupported checked sentences of a type the parser does not use (GRS, TXT, RMB, …)
 * @param malformed checked sentences of a supported type whose fields made no sense
 * @param noise lines that were not sentences at all (comments, binary, fragments)
 * @param epochs epochs assembled (with or without a position)
 * @param fixes epochs with a position
 */
public record NmeaStats(long bytes, long sentences, long decoded, long badChecksum, long noChecksum,
        long overlong, long proprietary, long unsupported, long malformed, long noise, long epochs,
        long fixes) {

    /** Whether at least one sentence with a valid checksum was seen. */
    public boolean isNmea() {
        return sentences > 0;
    }

    /** Sentences dropped for a bad or missing checksum or for length. */
    public long dropped() {
        return badChecksum + noChecksum + overlong;
    }
}
