package org.lastmile.survey.crs;

/** Kinds of transverse Mercator plane, with their zone width and the distance that is warned about. */
public enum ZoneFamily {
    /** Gauss-Krüger 3° zones on CGCS2000: zone n has central meridian 3n°, k0 = 1. */
    GAUSS_KRUGER_3(3.0, 1.6),
    /** Gauss-Krüger 6° zones on CGCS2000: zone n has central meridian 6n − 3°, k0 = 1. */
    GAUSS_KRUGER_6(6.0, 3.1),
    /** UTM on WGS84: zone n has central meridian 6n − 183°, k0 = 0.9996. */
    UTM(6.0, 3.1),
    /** A transverse Mercator plane given by explicit parameters: no zone, no warning. */
    TRANSVERSE_MERCATOR(Double.NaN, Double.NaN);

    private final double widthDeg;
    private final double warningLimitDeg;

    ZoneFamily(double widthDeg, double warningLimitDeg) {
        this.widthDeg = widthDeg;
        this.warningLimitDeg = warningLimitDeg;
    }

    /** The width of a zone in degrees of longitude (NaN for explicit parameters). */
    public double widthDeg() {
        return widthDeg;
    }

    /**
     * How far from the central meridian (degrees of longitude) a point may lie before a warning:
     * half the zone width plus 0.1°, so a site that straddles a zone border by a few kilometres
     * stays quiet (1.6° for 3° zones, 3.1° for 6° and UTM zones; NaN = never).
     */
    public double warningLimitDeg() {
        return warningLimitDeg;
    }
}
