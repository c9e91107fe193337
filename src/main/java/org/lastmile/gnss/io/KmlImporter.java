package org.lastmile.gnss.io;

import org.lastmile.survey.crs.GeoPoint;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * KML placemarks: {@code Point}, {@code LineString}, {@code LinearRing}, {@code Polygon} with inner
 * rings, {@code MultiGeometry} (each part its own feature, named as the placemark) and {@code
 * gx:Track}. Read with a safe StAX reader that ignores namespaces, since map-app exports (Ovital,
 * Amap, 两步路) are not always strict about them. A placemark with a bad coordinate tuple is a
 * problem at the tuple's line; the others are imported.
 */
final class KmlImporter implements FormatImporter {

    private static final Set<String> GEOMETRIES = Set.of("Point", "LineString", "LinearRing", "Polygon", "Track",
            "MultiGeometry", "MultiTrack", "Model", "LatLonQuad", "LatLonBox");
    private static final Set<String> TEXT = Set.of("name", "description", "coordinates", "coord", "when");
    /** Elements read like a placemark: a ground overlay's footprint is a polygon of its name. */
    private static final Set<String> FEATURES = Set.of("Placemark", "GroundOverlay");

    private final String pathPrefix;

    KmlImporter() {
        this("");
    }

    /** @param pathPrefix put before every element path (the entry's name inside a KMZ) */
    KmlImporter(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    @Override
    public void read(ImportInput input, ImportSink sink) {
        TextDecoder.Opened opened = TextDecoder.open(input.data(), true);
        if (opened.gbkFallback()) {
            sink.warn(ImportWarning.Code.READ_AS_GBK);
        }
        read(opened.reader(), sink);
    }

    void read(Reader text, ImportSink sink) {
        XMLStreamReader r = null;
        try {
            r = SafeXml.factory().createXMLStreamReader(text);
            new Walk(sink).run(r);
        } catch (XMLStreamException e) {
            throw XmlErrors.broken(e, sink.fileName(), "KML");
        } finally {
            SafeXml.close(r);
        }
    }

    /** One element on the path from the root. */
    private static final class Frame {
        final String name;
        final String path;
        final int line;
        final Map<String, Integer> children = new HashMap<>();

        Frame(String name, String path, int line) {
            this.name = name;
            this.path = path;
            this.line = line;
        }
    }

    /** A placemark being read. */
    private static final class Placemark {
        final Frame frame;
        String name = "";
        String description = "";
        final List<Part> parts = new ArrayList<>();

        Placemark(Frame frame) {
            this.frame = frame;
        }
    }

    /** A geometry found in a placemark, with its own element and values (a track's times). */
    private record Part(FeatureShape shape, Frame frame, Map<String, String> properties) {
        Part(FeatureShape shape, Frame frame) {
            this(shape, frame, Map.of());
        }
    }

    /** A polygon being read. */
    private static final class PolygonParts {
        final Frame frame;
        List<GeoPoint> shell;
        final List<List<GeoPoint>> holes = new ArrayList<>();
        boolean bad;

        PolygonParts(Frame frame) {
            this.frame = frame;
        }
    }

    private final class Walk {
        private final ImportSink sink;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int textLine;
        private boolean capturing;
        private boolean capturingCoordinates;
        private Placemark placemark;
        private PolygonParts polygon;
        private List<GeoPoint> track;
        private boolean trackBad;
        private String firstWhen;
        private String lastWhen;

        Walk(ImportSink sink) {
            this.sink = sink;
        }

        void run(XMLStreamReader r) throws XMLStreamException {
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new ImportException(ImportError.BROKEN, sink.fileName(),
                            "KML", line(r), XmlErrors.doctype());
                    case XMLStreamConstants.START_ELEMENT -> start(SafeXml.local(r.getLocalName()), line(r));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (capturing && text.length() < maxText()) {
                            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
        }

        private void start(String name, int line) {
            Frame parent = stack.peek();
            String path;
            if (parent == null) {
                path = pathPrefix;
            } else {
                int index = parent.children.merge(name, 1, Integer::sum);
                String sep = parent.path.isEmpty() || parent.path.endsWith("/") ? "" : "/";
                path = parent.path + sep + name + "[" + index + "]";
            }
            Frame frame = new Frame(name, path, line);
            stack.push(frame);
            if (FEATURES.contains(name)) {
                placemark = new Placemark(frame);
            } else if (placemark != null) {
                if (name.equals("Polygon") && polygon == null) {
                    polygon = new PolygonParts(frame);
                } else if (name.equals("Track")) {
                    track = new ArrayList<>();
                    trackBad = false;
                    firstWhen = null;
                    lastWhen = null;
                } else if (name.equals("Model") || name.equals("LatLonBox")) {
                    sink.problem(ImportProblem.Code.UNSUPPORTED_GEOMETRY, new SourceRef(line, path), name);
                }
            }
            if (TEXT.contains(name) && placemark != null) {
                capturing = true;
                capturingCoordinates = name.equals("coordinates") || name.equals("coord");
                text.setLength(0);
                textLine = line;
            }
        }

        private void end() {
            Frame frame = stack.pop();
            Frame parent = stack.peek();
            String name = frame.name;
            if (placemark == null) {
                return;
            }
            switch (name) {
                case "name" -> {
                    if (parent == placemark.frame) {
                        placemark.name = text.toString().strip();
                    }
                }
                case "description" -> {
                    if (parent == placemark.frame) {
                        placemark.description = text.toString().strip();
                    }
                }
                case "coordinates" -> coordinates(parent);
                case "coord" -> trackPoint(frame);
                case "when" -> {
                    if (track != null) {
                        String when = text.toString().strip();
                        firstWhen = firstWhen == null ? when : firstWhen;
                        lastWhen = when;
                    }
                }
                case "Track" -> {
                    if (track != null && !trackBad) {
                        Map<String, String> times = new HashMap<>();
                        if (firstWhen != null && !firstWhen.isEmpty()) {
                            times.put("time_begin", firstWhen);
                            times.put("time_end", lastWhen);
                        }
                        linear(track).ifPresent(l -> placemark.parts.add(new Part(l, frame, times)));
                    }
                    track = null;
                }
                case "Polygon" -> {
                    if (polygon != null && polygon.frame == frame) {
                        finishPolygon();
                    }
                }
                case "Placemark", "GroundOverlay" -> finishPlacemark();
                default -> {
                    // containers and other elements
                }
            }
            if (TEXT.contains(name)) {
                capturing = false;
            }
        }

        private void coordinates(Frame geometry) {
            if (geometry == null) {
                return;
            }
            KmlCoordinates.Parsed parsed = KmlCoordinates.parse(text, textLine, geometry.path);
            Frame boundary = boundaryOf(geometry);
            if (parsed.problem().isPresent()) {
                sink.problem(parsed.problem().get());
                if (polygon != null && boundary != null) {
                    polygon.bad = true;
                }
                return;
            }
            List<GeoPoint> positions = parsed.positions();
            if (positions.isEmpty()) {
                // <coordinates/>: a track recorder writes an empty Point beside its gx:Track; nothing is lost
                return;
            }
            switch (geometry.name) {
                case "Point" -> {
                    if (positions.size() == 1) {
                        placemark.parts.add(new Part(new FeatureShape.PointShape(positions.get(0)), geometry));
                    } else {
                        sink.problem(ImportProblem.Code.BAD_TUPLE, ref(geometry), String.valueOf(positions.size()));
                    }
                }
                case "LineString" -> linear(positions).ifPresent(l -> placemark.parts.add(new Part(l, geometry)));
                case "LatLonQuad" -> {
                    if (positions.size() == 4) {
                        List<GeoPoint> ring = new ArrayList<>(positions);
                        ring.add(positions.get(0));
                        placemark.parts.add(new Part(new FeatureShape.PolygonShape(ring, List.of()), geometry));
                    } else {
                        sink.problem(ImportProblem.Code.BAD_TUPLE, ref(geometry), String.valueOf(positions.size()));
                    }
                }
                case "LinearRing" -> {
                    if (polygon != null && boundary != null) {
                        Optional<List<GeoPoint>> ring = Shapes.ring(positions, ref(geometry), sink);
                        if (ring.isEmpty()) {
                            polygon.bad = true;
                        } else if (boundary.name.equals("outerBoundaryIs") && polygon.shell == null) {
                            polygon.shell = ring.get();
                        } else {
                            polygon.holes.add(ring.get());
                        }
                    } else {
                        Shapes.ring(positions, ref(geometry), sink)
                                .ifPresent(ring -> placemark.parts.add(new Part(new FeatureShape.LineShape(ring),
                                        geometry)));
                    }
                }
                default -> sink.problem(ImportProblem.Code.UNSUPPORTED_GEOMETRY, ref(geometry), geometry.name);
            }
        }

        /** The outer/innerBoundaryIs element holding the LinearRing on top of the stack, if any. */
        private Frame boundaryOf(Frame ring) {
            if (!ring.name.equals("LinearRing") || stack.peek() != ring) {
                return null;
            }
            Iterator<Frame> it = stack.iterator();
            it.next();
            Frame up = it.hasNext() ? it.next() : null;
            return up != null && (up.name.equals("outerBoundaryIs") || up.name.equals("innerBoundaryIs")) ? up : null;
        }

        private void trackPoint(Frame coord) {
            if (track == null || trackBad) {
                return;
            }
            String[] parts = text.toString().strip().split("\\s+");
            if (parts.length == 1 && parts[0].isEmpty()) {
                return;
            }
            KmlCoordinates.Parsed parsed = KmlCoordinates.parse(String.join(",", parts), textLine, coord.path);
            if (parsed.problem().isPresent()) {
                sink.problem(parsed.problem().get());
                trackBad = true;
            } else {
                track.addAll(parsed.positions());
                sink.reading(track.size());
            }
        }

        /** A line, or the one point a line of one vertex is; nothing when it has none. */
        private Optional<FeatureShape> linear(List<GeoPoint> positions) {
            if (positions.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(positions.size() == 1 ? new FeatureShape.PointShape(positions.get(0))
                    : new FeatureShape.LineShape(positions));
        }

        private int maxText() {
            return capturingCoordinates ? Integer.MAX_VALUE : ImportSink.MAX_TEXT_CHARS;
        }

        private void finishPolygon() {
            PolygonParts p = polygon;
            polygon = null;
            if (p.bad) {
                return;
            }
            if (p.shell == null) {
                sink.problem(ImportProblem.Code.TOO_FEW_POSITIONS, ref(p.frame), "0");
                return;
            }
            placemark.parts.add(new Part(new FeatureShape.PolygonShape(p.shell, p.holes), p.frame));
        }

        private void finishPlacemark() {
            Placemark pm = placemark;
            placemark = null;
            polygon = null;
            track = null;
            // A placemark without geometry (a "recording started" event, a styled label) holds no
            // coordinate: nothing is lost by leaving it out, so it is not reported.
            boolean single = pm.parts.size() == 1;
            for (Part part : pm.parts) {
                SourceRef where = single ? ref(pm.frame) : ref(part.frame());
                Map<String, String> properties = new HashMap<>(part.properties());
                if (!pm.description.isEmpty()) {
                    properties.put("description", pm.description);
                }
                sink.add(pm.name, part.shape(), where, properties);
            }
        }

        private SourceRef ref(Frame f) {
            return new SourceRef(f.line, f.path);
        }

        private int line(XMLStreamReader r) {
            return r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
        }
    }
}
