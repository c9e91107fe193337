package org.lastmile.gnss.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.lastmile.survey.crs.GeoPoint;

/**
 * The geometry of an imported feature: a point, a line or a polygon with optional holes, all in
 * longitude/latitude degrees (x first). Multi-geometries in files become several features.
 */
public sealed interface FeatureShape permits FeatureShape.PointShape, FeatureShape.LineShape,
        FeatureShape.PolygonShape {

    /** Every vertex, in file order (for a polygon: the shell, then each hole). */
    List<GeoPoint> positions();

    /** The same shape with every vertex replaced. */
    FeatureShape map(UnaryOperator<GeoPoint> f);

    /** A single point. */
    record PointShape(GeoPoint position) implements FeatureShape {
        @Override
        public List<GeoPoint> positions() {
            return List.of(position);
        }

        @Override
        public PointShape map(UnaryOperator<GeoPoint> f) {
            return new PointShape(f.apply(position));
        }
    }

    /** An open or closed line of at least two vertices (a track, a route, a LineString). */
    record LineShape(List<GeoPoint> vertices) implements FeatureShape {
        public LineShape {
            vertices = List.copyOf(vertices);
        }

        @Override
        public List<GeoPoint> positions() {
            return vertices;
        }

        @Override
        public LineShape map(UnaryOperator<GeoPoint> f) {
            return new LineShape(vertices.stream().map(f).toList());
        }
    }

    /**
     * A polygon: a closed shell (first vertex repeated last, at least four vertices) and closed
     * holes. Ring orientation is kept as the file had it.
     */
    record PolygonShape(List<GeoPoint> shell, List<List<GeoPoint>> holes) implements FeatureShape {
        public PolygonShape {
            shell = List.copyOf(shell);
            holes = holes.stream().map(List::copyOf).toList();
        }

        @Override
        public List<GeoPoint> positions() {
            List<GeoPoint> all = new ArrayList<>(shell);
            holes.forEach(all::addAll);
            return all;
        }

        @Override
        public PolygonShape map(UnaryOperator<GeoPoint> f) {
            return new PolygonShape(shell.stream().map(f).toList(),
                    holes.stream().map(h -> h.stream().map(f).toList()).toList());
        }
    }
}
