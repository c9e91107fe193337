package org.lastmile.survey.area;

import java.util.Objects;

/**
 * An area and the surface it is measured on.
 *
 * @param m2      square metres (not negative)
 * @param surface the surface (never null)
 */
public record Area(double m2, Surface surface) {

    /** Square metres in one mu (亩): 10000/15 = 666.67 m². */
    public static final double M2_PER_MU = 10000.0 / 15.0;

    /** Square metres in one hectare (15 mu). */
    public static final double M2_PER_HECTARE = 10000.0;

    public Area {
        Objects.requireNonNull(surface, "surface");
    }

    /** An area given in mu. */
    public static Area ofMu(double mu, Surface surface) {
        return new Area(mu * M2_PER_MU, surface);
    }

    /** The area in mu (亩). */
    public double mu() {
        return m2 / M2_PER_MU;
    }

    /** The area in hectares. */
    public double hectares() {
        return m2 / M2_PER_HECTARE;
    }

    /** Square metres converted to mu. */
    public static double toMu(double m2) {
        return m2 / M2_PER_MU;
    }
}
