package org.lastmile.domain.sketch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.lastmile.survey.area.Area;

/**
 * The area's standard deviation (中误差) as the screen and the printed sketch write it, one rule for
 * both: in m² to 0.1 (two significant digits below 0.1 m²), and in mu with two significant digits.
 * Two decimals of a mu (6.7 m²) would print "0.00 亩" for a σ of a few square metres and hide it.
 */
public final class AreaSigma {

    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_UP);

    private AreaSigma() {
    }

    /** σ in m² as written: 0.1 m² steps, or two significant digits when smaller. */
    public static BigDecimal m2(double sigmaM2) {
        BigDecimal v = new BigDecimal(sigmaM2);
        return sigmaM2 < 0.1 ? v.round(TWO_DIGITS) : v.setScale(1, RoundingMode.HALF_UP);
    }

    /** σ in mu as written: two significant digits, however small. */
    public static BigDecimal mu(double sigmaM2) {
        return new BigDecimal(Area.toMu(sigmaM2)).round(TWO_DIGITS);
    }

    /** The written value as plain digits (no exponent), for the layout's text. */
    public static String text(BigDecimal written) {
        return written.signum() == 0 ? "0" : written.toPlainString();
    }
}
