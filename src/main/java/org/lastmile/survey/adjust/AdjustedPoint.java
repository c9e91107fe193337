package org.lastmile.survey.adjust;

import org.lastmile.survey.crs.PlanePoint;

/**
 * An adjusted point with its covariance (σ0 = 1 a priori, i.e. the observations' σ as given)
 * and its standard error ellipse. In a free network the covariance is that of the minimum-norm
 * datum and describes the shape only relative to the whole network.
 *
 * @param id the point id
 * @param e easting, metres
 * @param n northing, metres
 * @param varE σE², m²
 * @param varN σN², m²
 * @param covEN cov(E, N), m²
 * @param ellipse the standard error ellipse
 */
public record AdjustedPoint(String id, double e, double n, double varE, double varN, double covEN,
        ErrorEllipse ellipse) {

    /** σE, metres. */
    public double sigmaE() {
        return Math.sqrt(Math.max(varE, 0));
    }

    /** σN, metres. */
    public double sigmaN() {
        return Math.sqrt(Math.max(varN, 0));
    }

    /** The position. */
    public PlanePoint position() {
        return new PlanePoint(e, n);
    }
}
