/**
 * Field measurements as they enter an adjustment: GNSS positions and known coordinates with a 2×2
 * covariance, horizontal tape distances (slope reduction, default σ), compass bearings (grid,
 * magnetic, or on a compass with an unknown orientation) and baseline offsets. Plane coordinates
 * are easting, northing in metres; angles are radians clockwise from grid north.
 */
package org.lastmile.survey.observation;
