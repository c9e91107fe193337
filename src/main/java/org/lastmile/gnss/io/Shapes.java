package org.lastmile.gnss.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lastmile.survey.crs.GeoPoint;

/** Checks shared by every importer: coordinate ranges, line lengths, closed rings. */
final class Shapes {

    private Shapes() {
    }

    /** The problem with a longitude/latitude pair (degrees), if any. */
    static Optional<ImportProblem> check(double lon, double lat, SourceRef where) {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            return Optional.of(new ImportProblem(ImportProblem.Code.LATITUDE_OUT_OF_RANGE, where, number(lat)));
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            return Optional.of(new ImportProblem(ImportProblem.Code.LONGITUDE_OUT_OF_RANGE, where, number(lon)));
        }
        return Optional.empty();
    }

    /** The problem with a pair of numbers taken as written (plane metres allowed), if any. */
    static Optional<ImportProblem> checkFinite(double x, double y, SourceRef where) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return Optional.of(new ImportProblem(ImportProblem.Code.BAD_NUMBER, where,
                    String.valueOf(Double.isFinite(x) ? y : x)));
        }
        return Optional.empty();
    }

    /** A line, or the problem that it has fewer than two vertices. */
    static Optional<FeatureShape.LineShape> line(List<GeoPoint> vertices, SourceRef where, ImportSink sink) {
        if (vertices.size() < 2) {
            sink.problem(ImportProblem.Code.TOO_FEW_POSITIONS, where, String.valueOf(vertices.size()));
            return Optional.empty();
        }
        return Optional.of(new FeatureShape.LineShape(vertices));
    }

    /**
     * A closed ring: closed if the file left it open (counted as a warning), refused with a problem
     * when it has fewer than three distinct vertices.
     */
    static Optional<List<GeoPoint>> ring(List<GeoPoint> vertices, SourceRef where, ImportSink sink) {
        List<GeoPoint> ring = new ArrayList<>(vertices);
        if (!ring.isEmpty() && !sameSpot(ring.get(0), ring.get(ring.size() - 1))) {
            ring.add(ring.get(0));
            if (ring.size() >= 4) {
                sink.ringClosed();
            }
        }
        if (ring.size() < 4) {
            sink.problem(ImportProblem.Code.TOO_FEW_POSITIONS, where, String.valueOf(vertices.size()));
            return Optional.empty();
        }
        return Optional.of(ring);
    }

    private static boolean sameSpot(GeoPoint a, GeoPoint b) {
        return a.lon() == b.lon() && a.lat() == b.lat();
    }

    static String number(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "";
    }
}
