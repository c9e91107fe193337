package org.lastmile.gnss.average;

import java.util.EnumMap;
import java.util.Map;
import org.lastmile.gnss.fix.FixQuality;

/**
 * User equivalent range error (UERE) in metres by fix quality: the 1-σ range error that, times
 * HDOP, gives a fix's horizontal error (distance RMS). The defaults are deliberately on the safe
 * side for the receivers officers carry: autonomous 4 m (a handheld's 2–5 m), DGPS/SBAS 1.5 m,
 * RTK float 0.3 m, RTK fixed 0.02 m.
 */
public final class UereModel {

    private final Map<FixQuality, Double> metres;

    private UereModel(Map<FixQuality, Double> metres) {
        this.metres = metres;
    }

    /** The defaults described above. */
    public static UereModel defaults() {
        Map<FixQuality, Double> metres = new EnumMap<>(FixQuality.class);
        metres.put(FixQuality.GPS, 4.0);
        metres.put(FixQuality.PPS, 4.0);
        metres.put(FixQuality.DGPS, 1.5);
        metres.put(FixQuality.RTK_FLOAT, 0.3);
        metres.put(FixQuality.RTK_FIXED, 0.02);
        for (FixQuality quality : FixQuality.values()) {
            metres.putIfAbsent(quality, 10.0);
        }
        return new UereModel(metres);
    }

    /** A copy with another UERE (metres) for one quality. */
    public UereModel with(FixQuality quality, double uereMetres) {
        if (!(uereMetres > 0)) {
            throw new IllegalArgumentException("UERE must be positive: " + uereMetres);
        }
        Map<FixQuality, Double> copy = new EnumMap<>(metres);
        copy.put(quality, uereMetres);
        return new UereModel(copy);
    }

    /** The UERE in metres of a fix quality. */
    public double metres(FixQuality quality) {
        return metres.get(quality);
    }

    /** One fix's 1-σ error per horizontal axis (east or north) in metres: HDOP · UERE / √2. */
    public double axisSigma(FixQuality quality, double hdop) {
        return hdop * metres(quality) / Math.sqrt(2);
    }
}
