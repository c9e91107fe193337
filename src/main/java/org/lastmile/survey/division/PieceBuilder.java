package org.lastmile.survey.division;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Builds the parts between parallel cut lines: a Polygon per part, or a MultiPolygon when a part
 * falls apart, and each cut line as the part of the line inside the parcel. The parcel is split
 * line by line with {@link LineSplitter} (linear in the number of vertices); when a vertex lies
 * exactly on a cut line, each part is instead the parcel intersected with the band between two
 * consecutive lines by JTS's robust overlay, which handles every touching case. Both keep every
 * original vertex as it is.
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
        Division split = split(parcelArea, levels, targets, withOffset);
        return split != null ? split : overlay(parcelArea, levels, targets, withOffset);
    }

    private Division split(double parcelArea, double[] levels, double[] targets, boolean withOffset) {
        LineSplitter splitter = new LineSplitter(frame, factory);
        List<Geometry> pieces = new ArrayList<>();
        List<Cut> cuts = new ArrayList<>();
        List<Polygon> remaining = List.of(parcel);
        for (double level : levels) {
            LineSplitter.Split split = splitter.split(remaining, level);
            if (split == null) {
                return null;
            }
            pieces.add(factory.buildGeometry(split.below()));
            cuts.add(new Cut(factory.buildGeometry(split.cut()),
                    withOffset ? OptionalDouble.of(level) : OptionalDouble.empty(), frame.azimuthDeg()));
            remaining = split.above();
        }
        pieces.add(factory.buildGeometry(remaining));
        return division(parcelArea, pieces, targets, cuts);
    }

    private Division division(double parcelArea, List<Geometry> pieces, double[] targets, List<Cut> cuts) {
        List<Part> parts = new ArrayList<>();
        List<DivisionWarning> warnings = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Geometry piece = pieces.get(i);
            parts.add(new Part(piece, piece.getArea(), targets[i]));
            if (piece.getNumGeometries() > 1) {
                warnings.add(new DivisionWarning(i, piece.getNumGeometries(), smallestPieceInterior(piece)));
            }
        }
        return new Division(parcelArea, parts, cuts, warnings);
    }

    private Division overlay(double parcelArea, double[] levels, double[] targets, boolean withOffset) {
        List<Geometry> pieces = new ArrayList<>();
        for (int i = 0; i <= levels.length; i++) {
            double lo = i == 0 ? -reach : levels[i - 1];
            double hi = i == levels.length ? reach : levels[i];
            Geometry overlay = OverlayNGRobust.overlay(parcel, band(lo, hi), OverlayNG.INTERSECTION);
            // keep the polygons: a band that touches the parcel along an edge also yields that edge
            pieces.add(factory.buildGeometry(PolygonExtracter.getPolygons(overlay)));
        }
        List<Cut> cuts = new ArrayList<>();
        for (double level : levels) {
            Geometry line = factory.createLineString(
                    new Coordinate[] {frame.at(-reach, level), frame.at(reach, level)});
            LineMerger merger = new LineMerger();
            merger.add(OverlayNGRobust.overlay(line, parcel, OverlayNG.INTERSECTION));
            Geometry inside = factory.buildGeometry(merger.getMergedLineStrings());
            cuts.add(new Cut(inside, withOffset ? OptionalDouble.of(level) : OptionalDouble.empty(),
                    frame.azimuthDeg()));
        }
        return division(parcelArea, pieces, targets, cuts);
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
