/**
 * Shapes measured with a tape (and a compass) only: a triangle from its three sides, a polygon
 * trilaterated from sides and diagonals, points by baseline and offsets, and a compass traverse
 * with its misclosure and Bowditch correction. For starting coordinates of an adjustment and for
 * fields where there is nothing else. Coordinates are easting, northing in metres in a local
 * plane; bearings are degrees clockwise from north.
 */
package org.lastmile.survey.tape;
