package org.lastmile.survey.observation;

/**
 * The 2×2 covariance matrix of a plane position (E, N), in square metres: {@code ee} = σE²,
 * {@code nn} = σN², {@code en} = cov(E, N). It must be positive definite.
 *
 * @param ee variance of the easting, m²
 * @param nn variance of the northing, m²
 * @param en covariance of easting and northing, m²
 */
public record Covariance2(double ee, double nn, double en) {

    public Covariance2 {
        if (!(ee > 0) || !(nn > 0) || !(ee * nn - en * en > 0) || !Double.isFinite(ee + nn + en)) {
            throw new IllegalArgumentException("not a positive definite covariance: " + ee + ", " + nn + ", " + en);
        }
    }

    /** Equal, independent standard deviations σ (metres) in E and N. */
    public static Covariance2 isotropic(double sigma) {
        return new Covariance2(sigma * sigma, sigma * sigma, 0);
    }

    /** From standard deviations σE, σN (metres) and their correlation ρ (−1 &lt; ρ &lt; 1). */
    public static Covariance2 of(double sigmaE, double sigmaN, double correlation) {
        return new Covariance2(sigmaE * sigmaE, sigmaN * sigmaN, correlation * sigmaE * sigmaN);
    }

    /** σE in metres. */
    public double sigmaE() {
        return Math.sqrt(ee);
    }

    /** σN in metres. */
    public double sigmaN() {
        return Math.sqrt(nn);
    }

    /** The variance (m²) of the position's component along the unit vector (uE, uN). */
    public double along(double uE, double uN) {
        return uE * uE * ee + 2 * uE * uN * en + uN * uN * nn;
    }
}
