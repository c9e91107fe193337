package org.lastmile.gnss.io;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Plain decimal text for coordinates: no exponent, trailing zeros dropped. */
final class Decimals {

    /** Decimals of a degree: 1e-9° is about 0.1 mm on the ground. */
    static final int DEGREES = 9;
    /** Decimals of a metre: 0.1 mm. */
    static final int METRES = 4;

    private Decimals() {
    }

    static String format(double value, int decimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String s = d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static String degrees(double value) {
        return format(value, DEGREES);
    }

    static String metres(double value) {
        return format(value, METRES);
    }
}
