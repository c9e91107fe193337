package org.lastmile.survey.division;

import org.locationtech.jts.geom.Coordinate;

/**
 * A local frame for a family of parallel cut lines: origin O, unit direction u along the lines and
 * unit normal n across them; a point is O + s·u + t·n, and t is the distance of its cut line.
 */
record Frame(Coordinate origin, double ux, double uy, double nx, double ny) {

    /** The world coordinate (x first) of a point at s along and t across. */
    Coordinate at(double s, double t) {
        return new Coordinate(origin.x + s * ux + t * nx, origin.y + s * uy + t * ny);
    }

    /** The grid azimuth of u, degrees clockwise from north in [0, 360). */
    double azimuthDeg() {
        double a = Math.toDegrees(Math.atan2(ux, uy));
        return a < 0 ? a + 360 : a;
    }
}
