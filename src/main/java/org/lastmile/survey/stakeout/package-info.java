/**
 * Stake-out (放样): where a computed point, such as the end of a cut line, lies relative to the
 * parcel's corners, in the measures a field crew uses to put a boundary stone in the ground: the
 * edge and the distance along it from its first corner with the perpendicular offset (station and
 * offset), the bearing and distance from the nearest corner (polar), and two check distances from
 * other corners to tape.
 *
 * <p>Plane coordinates only, easting then northing, metres; bearings are grid bearings in degrees
 * clockwise from grid north. Corners are the exterior ring's vertices as given, numbered from 0
 * without the closing point; edge i runs from corner i to corner i + 1, the last back to 0.
 */
package org.lastmile.survey.stakeout;
