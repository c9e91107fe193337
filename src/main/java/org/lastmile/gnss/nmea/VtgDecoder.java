package org.lastmile.gnss.nmea;

/**
 * {@code $--VTG,course,T,magnetic,M,knots,N,kmh,K[,mode]}, or the pre-2.3 form without the unit
 * letters ({@code $--VTG,course,magnetic,knots,kmh}): course and speed over ground.
 */
final class VtgDecoder implements SentenceDecoder {

    private static final double KNOTS = 1852.0 / 3600.0;

    @Override
    public boolean decode(Sentence s, EpochAssembler assembler) {
        boolean lettered = s.firstChar(2) == 'T' || s.firstChar(4) == 'M' || s.firstChar(6) == 'N';
        double course = s.decimal(1);
        double knots = s.decimal(lettered ? 5 : 3);
        char mode = s.firstChar(9);
        if (mode == 'N' || mode == 'E') {
            return true;
        }
        Epoch epoch = assembler.epoch();
        if (!Double.isNaN(course)) {
            epoch.course = course;
        }
        if (!Double.isNaN(knots)) {
            epoch.speed = knots * KNOTS;
        }
        return true;
    }
}
