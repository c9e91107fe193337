package org.lastmile.gnss.nmea;

import org.lastmile.gnss.fix.FixQuality;

/**
 * {@code $--RMC,hhmmss.ss,A,llll.ll,a,yyyyy.yy,a,knots,course,ddmmyy,var,a,mode,nav}: status A or
 * D with a position is a fix; V says there is none. Like gpsd, the time and date of an RMC that
 * says V are not used: several receivers send made-up times while they have no fix. Two-digit
 * years 80–99 are 1980–1999, the rest 2000–2079 (gpsd's rule).
 */
final class RmcDecoder implements SentenceDecoder {

    private static final double KNOTS = 1852.0 / 3600.0;

    @Override
    public boolean decode(Sentence s, EpochAssembler assembler) {
        char status = s.firstChar(2);
        if (status != 'A' && status != 'D') {
            assembler.epoch().position(false, Double.NaN, Double.NaN);
            return true;
        }
        long time = s.timeOfDay(1);
        assembler.time(time);
        boolean dated = time >= 0 && date(s, assembler);
        Epoch epoch = assembler.epoch();
        FixQuality quality = status == 'D' ? FixQuality.DGPS : FixQuality.GPS;
        if (!s.isEmpty(12)) {
            quality = FixQuality.ofModeIndicator(s.firstChar(12));
        }
        double lat = s.angle(3, 90, 'N', 'S');
        double lon = s.angle(5, 180, 'E', 'W');
        epoch.modeQuality = quality;
        epoch.position(quality != FixQuality.INVALID, lon, lat);
        double knots = s.decimal(7);
        if (!Double.isNaN(knots)) {
            epoch.speed = knots * KNOTS;
        }
        double course = s.decimal(8);
        if (!Double.isNaN(course)) {
            epoch.course = course;
        }
        return time >= 0 && (dated || s.isEmpty(9)) && Double.isFinite(lat) && Double.isFinite(lon);
    }

    private static boolean date(Sentence s, EpochAssembler assembler) {
        if (s.length(9) != 6) {
            return false;
        }
        int ddmmyy = s.integer(9, -1);
        if (ddmmyy < 0) {
            return false;
        }
        int yy = ddmmyy % 100;
        int year = yy >= 80 ? 1900 + yy : 2000 + yy;
        assembler.date(year, ddmmyy / 100 % 100, ddmmyy / 10_000);
        return true;
    }
}
