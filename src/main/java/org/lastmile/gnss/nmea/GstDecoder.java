package org.lastmile.gnss.nmea;

/**
 * {@code $--GST,hhmmss.ss,rms,major,minor,orientation,σlat,σlon,σalt}: the receiver's own 1-σ
 * error estimates in metres for the fix of the given time. Its time does not open a cycle.
 */
final class GstDecoder implements SentenceDecoder {

    @Override
    public boolean decode(Sentence s, EpochAssembler assembler) {
        double latitude = s.decimal(6);
        double longitude = s.decimal(7);
        double altitude = s.decimal(8);
        if (!(latitude >= 0 && longitude >= 0)) {
            return false;
        }
        assembler.sigma(s.timeOfDay(1), latitude, longitude, altitude >= 0 ? altitude : Double.NaN);
        return true;
    }
}
