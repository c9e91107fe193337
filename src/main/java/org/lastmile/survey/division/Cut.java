package org.lastmile.survey.division;

import java.util.OptionalDouble;
import org.locationtech.jts.geom.Geometry;

/**
 * One cut line: where it crosses the parcel (its end points on the boundary are where the boundary
 * stones go).
 *
 * @param line       the line inside the parcel: a LineString, or a MultiLineString when the line
 *                   leaves and re-enters a non-convex parcel
 * @param offsetM    for a cut parallel to an edge, the distance of the line from that edge (m,
 *                   positive into the parcel); empty for a cut through a point
 * @param azimuthDeg the grid bearing of the line, degrees clockwise from grid north in [0, 360)
 */
public record Cut(Geometry line, OptionalDouble offsetM, double azimuthDeg) {
}
