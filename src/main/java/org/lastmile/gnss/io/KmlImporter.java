package org.lastmile.gnss.io;

import java.io.StringReader;
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
import org.lastmile.survey.crs.GeoPoint;

/**
 * KML placemarks: {@code Point}, {@code LineString}, {@code LinearRing}, {@code Polygon} with inner
 * rings, {@code MultiGeometry} (each part its own feature, named as the placemark) and {@code
 * gx:Track}. Read with a safe StAX reader that ignores namespaces, since map-app exports (Ovital,
 * Amap, 两步路) are not always strict about them. A placemark with a bad coordinate tuple is a
 * problem at the tuple's line; the others are imported.
 */
final class KmlImporter implements FormatImporter {

    private static final Set<String> GEOMETRIES = Set.of("Point", "LineString", "LinearRing", "Polygon", "Track",
            "MultiGeometry", "MultiTrack", "Model");
    private static final Set<String> TEXT = Set.of("name", "description", "coordinates", "coord");

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
        TextDecoder.Decoded text = TextDecoder.decodeXml(input.data());
        if (text.gbkFallback()) {
            sink.warn(ImportWarning.Code.READ_AS_GBK);
        }
        read(text.text(), sink);
    }

    void read(String text, ImportSink sink) {
        XMLStreamReader r = null;
        try {
            r = SafeXml.factory().createXMLStreamReader(new StringReader(text));
            new Walk(sink).run(r);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new ImportException(e, ImportError.BROKEN, sink.fileName(), "KML", line, XmlErrors.reason(e));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // a string reader holds nothing open
                }
            }
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
        boolean anyGeometry;

        Placemark(Frame frame) {
            this.frame = frame;
        }
    }

    /** A geometry found in a placemark, with its own element. */
    private record Part(FeatureShape shape, Frame frame) {
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
        private Placemark placemark;
        private PolygonParts polygon;
        private List<GeoPoint> track;
        private boolean trackBad;

        Walk(ImportSink sink) {
            this.sink = sink;
        }

        void run(XMLStreamReader r) throws XMLStreamException {
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD ->
                        throw new ImportException(ImportError.BROKEN, sink.fileName(), "KML", line(r), "DOCTYPE");
                    case XMLStreamConstants.START_ELEMENT -> start(SafeXml.local(r.getLocalName()), line(r));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (capturing) {
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
            if (name.equals("Placemark")) {
                placemark = new Placemark(frame);
            } else if (placemark != null) {
                if (GEOMETRIES.contains(name)) {
                    placemark.anyGeometry = true;
                }
                if (name.equals("Polygon") && polygon == null) {
                    polygon = new PolygonParts(frame);
                } else if (name.equals("Track")) {
                    track = new ArrayList<>();
                    trackBad = false;
                } else if (name.equals("Model")) {
                    sink.problem(ImportProblem.Code.UNSUPPORTED_GEOMETRY, new SourceRef(line, path), name);
                }
            }
            if (TEXT.contains(name) && placemark != null) {
                capturing = true;
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
                case "Track" -> {
                    if (track != null && !trackBad) {
                        Shapes.line(track, ref(frame), sink).ifPresent(l -> placemark.parts.add(new Part(l, frame)));
                    }
                    track = null;
                }
                case "Polygon" -> {
                    if (polygon != null && polygon.frame == frame) {
                        finishPolygon();
                    }
                }
                case "Placemark" -> finishPlacemark();
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
            switch (geometry.name) {
                case "Point" -> {
                    if (positions.size() == 1) {
                        placemark.parts.add(new Part(new FeatureShape.PointShape(positions.get(0)), geometry));
                    } else {
                        sink.problem(ImportProblem.Code.BAD_TUPLE, ref(geometry), String.valueOf(positions.size()));
                    }
                }
                case "LineString" -> Shapes.line(positions, ref(geometry), sink)
                        .ifPresent(l -> placemark.parts.add(new Part(l, geometry)));
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
            KmlCoordinates.Parsed parsed = KmlCoordinates.parse(String.join(",", parts), textLine, coord.path);
            if (parsed.problem().isPresent()) {
                sink.problem(parsed.problem().get());
                trackBad = true;
            } else {
                track.addAll(parsed.positions());
            }
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
            if (!pm.anyGeometry) {
                sink.problem(ImportProblem.Code.NO_GEOMETRY, ref(pm.frame), pm.name);
                return;
            }
            Map<String, String> properties = pm.description.isEmpty() ? Map.of() : Map.of("description",
                    pm.description);
            boolean single = pm.parts.size() == 1;
            for (Part part : pm.parts) {
                SourceRef where = single ? ref(pm.frame) : ref(part.frame());
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
