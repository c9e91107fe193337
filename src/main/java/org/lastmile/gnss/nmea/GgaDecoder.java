package org.lastmile.gnss.nmea;

import org.lastmile.gnss.fix.FixQuality;

/**
 * {@code $--GGA,hhmmss.ss,llll.ll,a,yyyyy.yy,a,q,nn,h.h,alt,M,sep,M,age,station}: a position with
 * quality 1–8 is a fix; quality 0 or an empty position says there is none. HDOP of 99 or more
 * means unknown (as several receivers send).
 */
final class GgaDecoder implements SentenceDecoder {

    @Override
    public boolean decode(Sentence s, EpochAssembler assembler) {
        long time = s.timeOfDay(1);
        assembler.time(time);
        Epoch epoch = assembler.epoch();
        int code = s.integer(6, -1);
        FixQuality quality = FixQuality.ofGgaCode(code);
        double lat = s.angle(2, 90, 'N', 'S');
        double lon = s.angle(4, 180, 'E', 'W');
        epoch.ggaQuality = quality;
        epoch.position(quality != FixQuality.INVALID, lon, lat);
        int satellites = s.integer(7, -1);
        if (satellites >= 0) {
            epoch.ggaSatellites = satellites;
        }
        double hdop = s.decimal(8);
        if (hdop < 99) {
            epoch.hdop = hdop;
        }
        double altitude = s.decimal(9);
        if (!Double.isNaN(altitude)) {
            epoch.altitude = altitude;
        }
        double separation = s.decimal(11);
        if (!Double.isNaN(separation)) {
            epoch.geoidSeparation = separation;
        }
        return time >= 0 || s.isEmpty(1);
    }
}
