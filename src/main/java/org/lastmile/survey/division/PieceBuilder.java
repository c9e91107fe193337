package org.lastmile.survey.division;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Builds the parts between parallel cut lines with JTS: each part is the parcel intersected with
 * the band between two consecutive lines (JTS's robust overlay, which keeps every original vertex
 * and splits a part that falls apart into a MultiPolygon), and each cut line is the line
 * intersected with the parcel.
 */
final class PieceBuilder {

    private final Polygon parcel;
    private final Frame frame;
    private final GeometryFactory factory;
    /** Half the size of the bands: every vertex lies within this distance of the frame origin. */
    private final double reach;

    PieceBuilder(Polygon parcel, Frame frame) {
        this.parcel = parcel;
        this.frame = frame;
        this.factory = parcel.getFactory();
        double far = 0;
        for (Coordinate c : parcel.getExteriorRing().getCoordinates()) {
            far = Math.max(far, c.distance(frame.origin()));
        }
        this.reach = 2 * far + 1;
    }

    /**
     * The division at the given cut levels.
     *
     * @param levels     ascending distances of the cut lines from the frame origin along n, m
     * @param targets    the target area of each part (levels.length + 1 of them), m²
     * @param withOffset whether each cut's level is an offset from an edge
     */
    Division build(double parcelArea, double[] levels, double[] targets, boolean withOffset) {
        List<Part> parts = new ArrayList<>();
        List<DivisionWarning> warnings = new ArrayList<>();
        for (int i = 0; i <= levels.length; i++) {
            double lo = i == 0 ? -reach : levels[i - 1];
            double hi = i == levels.length ? reach : levels[i];
            Geometry piece = OverlayNGRobust.overlay(parcel, band(lo, hi), OverlayNG.INTERSECTION);
            parts.add(new Part(piece, piece.getArea(), targets[i]));
            if (piece.getNumGeometries() > 1) {
                warnings.add(new DivisionWarning(i, piece.getNumGeometries(), smallestPieceInterior(piece)));
            }
        }
        List<Cut> cuts = new ArrayList<>();
        for (double level : levels) {
            Geometry line = factory.createLineString(
                    new Coordinate[] {frame.at(-reach, level), frame.at(reach, level)});
            Geometry inside = OverlayNGRobust.overlay(line, parcel, OverlayNG.INTERSECTION);
            cuts.add(new Cut(inside, withOffset ? OptionalDouble.of(level) : OptionalDouble.empty(),
                    frame.azimuthDeg()));
        }
        return new Division(parcelArea, parts, cuts, warnings);
    }

    private Polygon band(double lo, double hi) {
        Coordinate a = frame.at(-reach, lo);
        return factory.createPolygon(new Coordinate[] {a, frame.at(reach, lo), frame.at(reach, hi),
            frame.at(-reach, hi), a.copy()});
    }

    private static Coordinate smallestPieceInterior(Geometry pieces) {
        Geometry smallest = pieces.getGeometryN(0);
        for (int i = 1; i < pieces.getNumGeometries(); i++) {
            if (pieces.getGeometryN(i).getArea() < smallest.getArea()) {
                smallest = pieces.getGeometryN(i);
            }
        }
        return smallest.getInteriorPoint().getCoordinate();
    }
}
