package org.lastmile.gnss.nmea;

import org.lastmile.gnss.fix.FixQuality;

/**
 * {@code $--GNS,hhmmss.ss,llll.ll,a,yyyyy.yy,a,modes,nn,hdop,alt,sep,age,station,nav}: one mode
 * letter per constellation (GPS, GLONASS, Galileo, BeiDou, ...). The fix is valid when any letter
 * is not N; its quality is that of the first such letter. (gpsd looks only at the first letter, so
 * it calls {@code NA} no fix; the recorded logs have no such sentence.) Navigation status U
 * (unsafe) or V (invalid) leaves the position to the other sentences, as in gpsd.
 */
final class GnsDecoder implements SentenceDecoder {

    @Override
    public boolean decode(Sentence s, EpochAssembler assembler) {
        long time = s.timeOfDay(1);
        assembler.time(time);
        Epoch epoch = assembler.epoch();
        FixQuality quality = FixQuality.INVALID;
        for (int i = 0; i < s.length(6) && quality == FixQuality.INVALID; i++) {
            quality = FixQuality.ofModeIndicator(s.charAt(6, i));
        }
        char navigation = s.firstChar(13);
        if (navigation == 'U' || navigation == 'V') {
            return true;
        }
        double lat = s.angle(2, 90, 'N', 'S');
        double lon = s.angle(4, 180, 'E', 'W');
        epoch.modeQuality = quality;
        epoch.position(quality != FixQuality.INVALID, lon, lat);
        if (quality != FixQuality.INVALID) {
            int satellites = s.integer(7, -1);
            if (satellites >= 0) {
                epoch.ggaSatellites = Math.max(epoch.ggaSatellites, satellites);
            }
            double hdop = s.decimal(8);
            if (hdop < 99 && Double.isNaN(epoch.hdop)) {
                epoch.hdop = hdop;
            }
            double altitude = s.decimal(9);
            if (!Double.isNaN(altitude)) {
                epoch.altitude = altitude;
            }
            double separation = s.decimal(10);
            if (!Double.isNaN(separation)) {
                epoch.geoidSeparation = separation;
            }
        }
        return !s.isEmpty(1) || time < 0;
    }
}
