package org.lastmile.gnss.nmea;

import org.lastmile.gnss.fix.FixQuality;

/**
 * {@code $--GLL,llll.ll,a,yyyyy.yy,a,hhmmss.ss,A,mode}: status A (and a mode other than N) with a
 * position is a fix. Old receivers omit the time and status; the position then counts as valid.
 */
final class GllDecoder implements SentenceDecoder {

    @Override
    public boolean decode(Sentence s, EpochAssembler assembler) {
        long time = s.timeOfDay(5);
        assembler.time(time);
        Epoch epoch = assembler.epoch();
        char status = s.firstChar(6);
        FixQuality quality = status == 'A' || s.count() <= 6 ? FixQuality.GPS : FixQuality.INVALID;
        if (quality != FixQuality.INVALID && !s.isEmpty(7)) {
            quality = FixQuality.ofModeIndicator(s.firstChar(7));
        }
        double lat = s.angle(1, 90, 'N', 'S');
        double lon = s.angle(3, 180, 'E', 'W');
        epoch.modeQuality = quality;
        epoch.position(quality != FixQuality.INVALID, lon, lat);
        return true;
    }
}
