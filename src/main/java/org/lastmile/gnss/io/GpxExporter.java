package org.lastmile.gnss.io;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.transform.stream.StreamResult;
import org.lastmile.survey.crs.GeoPoint;

/**
 * GPX 1.1 through jpx: points become waypoints, lines tracks of one segment, polygons tracks of
 * type {@code polygon} whose first segment is the shell and the others the holes (GPX has no
 * polygon; LastMile's importer turns such tracks back into polygons, other software shows closed
 * tracks). Coordinates to 9 decimals of a degree, heights as {@code ele}.
 */
public final class GpxExporter implements FeatureExporter {

    /** The track type that marks a polygon. */
    static final String POLYGON_TYPE = "polygon";

    @Override
    public void write(List<Feature> features, Writer out) throws IOException {
        GPX.Builder gpx = GPX.builder(GPX.Version.V11, "LastMile");
        for (Feature f : features) {
            if (f.shape() instanceof FeatureShape.PointShape p) {
                WayPoint.Builder w = point(p.position());
                if (!f.name().isEmpty()) {
                    w.name(f.name());
                }
                String description = f.properties().get("description");
                if (description != null) {
                    w.desc(description);
                }
                gpx.addWayPoint(w.build());
            } else if (f.shape() instanceof FeatureShape.LineShape l) {
                gpx.addTrack(t -> {
                    named(t, f.name());
                    t.addSegment(segment(l.vertices()));
                });
            } else if (f.shape() instanceof FeatureShape.PolygonShape p) {
                gpx.addTrack(t -> {
                    named(t, f.name());
                    t.type(POLYGON_TYPE);
                    t.addSegment(segment(p.shell()));
                    p.holes().forEach(h -> t.addSegment(segment(h)));
                });
            }
        }
        GPX.Writer.of(new GPX.Writer.Indent("  "), Decimals.DEGREES).write(gpx.build(), new StreamResult(out));
        out.flush();
    }

    private static void named(io.jenetics.jpx.Track.Builder t, String name) {
        if (!name.isEmpty()) {
            t.name(name);
        }
    }

    private static TrackSegment segment(List<GeoPoint> positions) {
        TrackSegment.Builder s = TrackSegment.builder();
        positions.forEach(p -> s.addPoint(point(p).build()));
        return s.build();
    }

    private static WayPoint.Builder point(GeoPoint p) {
        WayPoint.Builder w = WayPoint.builder().lat(p.lat()).lon(p.lon());
        if (p.hasHeight()) {
            w.ele(p.height());
        }
        return w;
    }
}
