package org.lastmile.gnss.io;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Length;
import io.jenetics.jpx.Route;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.transform.stream.StreamSource;
import org.lastmile.survey.crs.GeoPoint;

/**
 * GPX 1.0 and 1.1 with jpx: waypoints become points, routes and track segments lines. A track
 * whose {@code type} is {@code polygon} (as LastMile's own GPX export writes) becomes a polygon,
 * its first segment the shell and the others holes. The source of each feature is its element
 * ({@code trk[2]/trkseg[1]}) and line, found by {@link GpxScanner}; bad points are problems and
 * are left out of their track or route.
 */
final class GpxImporter implements FormatImporter {

    /** How far ahead a jpx point is looked for among the scanned ones (bounds the work). */
    private static final int LOOK_AHEAD = 4096;

    @Override
    public void read(ImportInput input, ImportSink sink) {
        TextDecoder.Decoded text = TextDecoder.decodeXml(input.data());
        if (text.gbkFallback()) {
            sink.warn(ImportWarning.Code.READ_AS_GBK);
        }
        GpxScanner scan = new GpxScanner();
        scan.scan(text.text(), sink);
        GPX gpx;
        try {
            gpx = GPX.Reader.of(scan.version10 ? GPX.Version.V10 : GPX.Version.V11, GPX.Reader.Mode.LENIENT)
                    .read(new StreamSource(new StringReader(text.text())));
        } catch (IOException | RuntimeException e) {
            throw new ImportException(e, ImportError.BROKEN, input.fileName(), "GPX", 0, String.valueOf(e.getMessage()));
        }
        waypoints(gpx.getWayPoints(), scan.waypoints, sink);
        List<Route> routes = gpx.getRoutes();
        for (int j = 0; j < routes.size(); j++) {
            Route route = routes.get(j);
            GpxScanner.Container c = j < scan.routes.size() ? scan.routes.get(j)
                    : new GpxScanner.Container(0, "rte[" + (j + 1) + "]", false);
            SourceRef where = new SourceRef(c.line, c.path);
            Shapes.line(matched(route.getPoints(), c), where, sink)
                    .ifPresent(line -> sink.add(route.getName().orElse(""), line, where,
                            describe(route.getDescription(), route.getType())));
        }
        List<Track> tracks = gpx.getTracks();
        for (int j = 0; j < tracks.size(); j++) {
            track(tracks.get(j), j < scan.tracks.size() ? scan.tracks.get(j) : null, j, sink);
        }
    }

    private static void waypoints(List<WayPoint> points, GpxScanner.Container c, ImportSink sink) {
        int k = 0;
        for (WayPoint w : points) {
            int at = find(c, w, k);
            if (at < 0) {
                continue;
            }
            k = at + 1;
            Map<String, String> properties = describe(w.getDescription(), w.getType());
            w.getTime().ifPresent(t -> properties.put("time", t.toString()));
            w.getSymbol().ifPresent(s -> properties.put("symbol", s));
            sink.add(w.getName().orElse(""), new FeatureShape.PointShape(position(w)),
                    new SourceRef(c.lines[at], c.paths[at]), properties);
        }
    }

    private static void track(Track track, GpxScanner.Track scanned, int j, ImportSink sink) {
        String trackPath = scanned == null ? "trk[" + (j + 1) + "]" : scanned.path();
        int trackLine = scanned == null ? 0 : scanned.line();
        String name = track.getName().orElse("");
        Map<String, String> properties = describe(track.getDescription(), track.getType());
        List<TrackSegment> segments = track.getSegments();
        boolean polygon = track.getType().map(t -> t.strip().toLowerCase(Locale.ROOT).equals("polygon")).orElse(false);
        List<List<GeoPoint>> rings = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            GpxScanner.Container c = scanned != null && s < scanned.segments().size() ? scanned.segments().get(s)
                    : new GpxScanner.Container(trackLine, trackPath + "/trkseg[" + (s + 1) + "]", false);
            SourceRef where = new SourceRef(c.line, c.path);
            List<GeoPoint> vertices = matched(segments.get(s).getPoints(), c);
            if (polygon) {
                Shapes.ring(vertices, where, sink).ifPresent(rings::add);
            } else {
                Shapes.line(vertices, where, sink).ifPresent(line -> sink.add(name, line, where, properties));
            }
        }
        if (polygon && !rings.isEmpty()) {
            sink.add(name, new FeatureShape.PolygonShape(rings.get(0), rings.subList(1, rings.size())),
                    new SourceRef(trackLine, trackPath), properties);
        }
    }

    /** The points jpx read that the scanner found valid, in order. */
    private static List<GeoPoint> matched(List<WayPoint> points, GpxScanner.Container c) {
        List<GeoPoint> out = new ArrayList<>(points.size());
        int k = 0;
        for (WayPoint w : points) {
            int at = find(c, w, k);
            if (at >= 0) {
                out.add(position(w));
                k = at + 1;
            }
        }
        return out;
    }

    private static int find(GpxScanner.Container c, WayPoint w, int from) {
        double lat = w.getLatitude().doubleValue();
        double lon = w.getLongitude().doubleValue();
        int end = (int) Math.min(c.size, from + (long) LOOK_AHEAD);
        for (int i = from; i < end; i++) {
            if (c.lats[i] == lat && c.lons[i] == lon) {
                return i;
            }
        }
        return -1;
    }

    private static GeoPoint position(WayPoint w) {
        double h = w.getElevation().map(e -> e.to(Length.Unit.METER)).orElse(Double.NaN);
        return new GeoPoint(w.getLongitude().doubleValue(), w.getLatitude().doubleValue(), h);
    }

    private static Map<String, String> describe(Optional<String> description, Optional<String> type) {
        Map<String, String> properties = new HashMap<>();
        description.ifPresent(d -> properties.put("description", d));
        type.ifPresent(t -> properties.put("type", t));
        return properties;
    }
}
