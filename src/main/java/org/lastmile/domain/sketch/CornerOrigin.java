package org.lastmile.domain.sketch;

import java.util.Objects;

/**
 * How a corner was measured. For {@link CornerSource#GNSS} the number of fixes averaged and the
 * horizontal σ; for a geographic position (GNSS, typed or imported) its longitude and latitude as
 * measured (CGCS2000 degrees), which the adjustment projects again.
 *
 * @param source where the position came from
 * @param fixCount fixes averaged (0 unless GNSS)
 * @param sigmaM horizontal σ of the position, metres (NaN when not known; the position then
 *     only starts the adjustment and is not an observation)
 * @param lon longitude, degrees, or {@code null} for a plane position
 * @param lat latitude, degrees, or {@code null}
 */
public record CornerOrigin(CornerSource source, int fixCount, double sigmaM, Double lon, Double lat) {

    public CornerOrigin {
        Objects.requireNonNull(source);
        if (fixCount < 0) {
            throw new IllegalArgumentException("fixCount");
        }
        if ((lon == null) != (lat == null)) {
            throw new IllegalArgumentException("lon and lat go together");
        }
    }

    /** Averaged GNSS fixes. */
    public static CornerOrigin gnss(int fixCount, double sigmaM, double lon, double lat) {
        return new CornerOrigin(CornerSource.GNSS, fixCount, sigmaM, lon, lat);
    }

    /** Typed on the plane, with the σ the officer gives it (NaN: a sketch position only). */
    public static CornerOrigin typedPlane(double sigmaM) {
        return new CornerOrigin(CornerSource.TYPED_PLANE, 0, sigmaM, null, null);
    }

    /** Typed longitude and latitude. */
    public static CornerOrigin typedGeographic(double sigmaM, double lon, double lat) {
        return new CornerOrigin(CornerSource.TYPED_GEOGRAPHIC, 0, sigmaM, lon, lat);
    }

    /** From an imported field file. */
    public static CornerOrigin imported(double sigmaM, double lon, double lat) {
        return new CornerOrigin(CornerSource.IMPORTED, 0, sigmaM, lon, lat);
    }

    /** Fixed by tapes only: the position is an approximation for the adjustment. */
    public static CornerOrigin taped() {
        return new CornerOrigin(CornerSource.TAPED, 0, Double.NaN, null, null);
    }

    /** Whether the position is an observation of its own (it has a σ). */
    public boolean observed() {
        return sigmaM > 0 && Double.isFinite(sigmaM);
    }

    /** Whether the position was measured as longitude and latitude. */
    public boolean geographic() {
        return lon != null;
    }
}
