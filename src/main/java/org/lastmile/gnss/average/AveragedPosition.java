package org.lastmile.gnss.average;

import java.time.Duration;
import org.lastmile.gnss.fix.FixQuality;

/**
 * The averaged position of a corner with its standard deviations (1 σ, metres).
 *
 * @param longitude WGS84 longitude in degrees, east positive
 * @param latitude WGS84 latitude in degrees, north positive
 * @param altitude height above mean sea level in metres (NaN when no fix had one)
 * @param sigmaEast σ of the east coordinate in metres
 * @param sigmaNorth σ of the north coordinate in metres
 * @param sigmaAltitude σ of the altitude in metres (NaN without altitude)
 * @param used fixes that went into the mean
 * @param rejectedByGate fixes refused by the quality, HDOP or GST gate (or without position)
 * @param rejectedAsOutliers fixes that passed the gate but lay too far from the median
 * @param effectiveSampleSize independent fixes the used ones are worth, from their lag-1
 *     autocorrelation (the smaller of east and north)
 * @param span time from the first to the last used fix
 * @param meanHdop mean HDOP of the used fixes (NaN when none reported one)
 * @param quality the lowest quality among the used fixes
 */
public record AveragedPosition(double longitude, double latitude, double altitude, double sigmaEast,
        double sigmaNorth, double sigmaAltitude, int used, int rejectedByGate, int rejectedAsOutliers,
        double effectiveSampleSize, Duration span, double meanHdop, FixQuality quality) {

    /** The horizontal σ in metres, √(σE² + σN²) (distance RMS, the "m" of survey.md). */
    public double sigmaHorizontal() {
        return Math.hypot(sigmaEast, sigmaNorth);
    }

    /** All fixes not used: gate and outliers. */
    public int rejected() {
        return rejectedByGate + rejectedAsOutliers;
    }
}
