package org.lastmile.gnss.io;

import org.lastmile.survey.crs.GeoPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * GPX 1.0 and 1.1 in one pass of a safe StAX reader: waypoints become points, routes and track
 * segments lines. A track whose {@code type} is {@code polygon} (as LastMile's own GPX export
 * writes) becomes a polygon, its first segment the shell and the others holes.
 *
 * <p>Files as other tools write them are read, not judged: processing instructions ({@code
 * <?xml-stylesheet?>}), CDATA names, foreign namespaces and {@code <extensions>} are passed over;
 * the two versions differ in nothing LastMile reads. A route or segment of one point is that point
 * (nothing is lost), an empty one is nothing. Each feature's source is its element ({@code
 * trk[2]/trkseg[1]}) and line; a point whose {@code lat}/{@code lon} is missing, not a number or
 * out of range is a problem and is left out of its track. Memory is the features read, never a
 * document model: the vertex limit is checked as each point is read.
 */
final class GpxImporter implements FormatImporter {

    /** Child elements whose text is kept, by name. */
    private static final List<String> TEXT = List.of("name", "desc", "type", "time", "sym", "ele");

    @Override
    public void read(ImportInput input, ImportSink sink) {
        TextDecoder.Opened opened = TextDecoder.open(input.data(), true);
        if (opened.gbkFallback()) {
            sink.warn(ImportWarning.Code.READ_AS_GBK);
        }
        XMLStreamReader r = null;
        try {
            r = SafeXml.factory().createXMLStreamReader(opened.reader());
            new Walk(sink).run(r);
        } catch (XMLStreamException e) {
            throw XmlErrors.broken(e, sink.fileName(), "GPX");
        } finally {
            SafeXml.close(r);
        }
    }

    /** A waypoint, route or track being read: its element, texts and points. */
    private static final class Item {
        final String kind;
        final int line;
        final String path;
        final Map<String, String> texts = new HashMap<>();
        List<GeoPoint> points = new ArrayList<>();
        final List<Segment> segments = new ArrayList<>();
        int pointCount;
        long segmentTotal;

        Item(String kind, int line, String path) {
            this.kind = kind;
            this.line = line;
            this.path = path;
        }
    }

    /** A track segment read. */
    private record Segment(List<GeoPoint> points, SourceRef where) {
    }

    private static final class Walk {
        private final ImportSink sink;
        private final StringBuilder text = new StringBuilder();
        private final int[] counts = new int[3];
        private int depth;
        private Item item;
        private int segmentLine;
        private String segmentPath;
        private double pointLon = Double.NaN;
        private double pointLat = Double.NaN;
        private boolean pointOk;
        private double pointEle = Double.NaN;
        private boolean capturing;

        Walk(ImportSink sink) {
            this.sink = sink;
        }

        void run(XMLStreamReader r) throws XMLStreamException {
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.DTD -> throw new ImportException(ImportError.BROKEN, sink.fileName(), "GPX",
                            SafeXml.line(r), XmlErrors.doctype());
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        start(SafeXml.local(r.getLocalName()), r);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (capturing && text.length() < ImportSink.MAX_TEXT_CHARS) {
                            text.append(r.getTextCharacters(), r.getTextStart(),
                                    Math.min(r.getTextLength(), ImportSink.MAX_TEXT_CHARS - text.length()));
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        end(SafeXml.local(r.getLocalName()));
                        depth--;
                    }
                    default -> {
                        // processing instructions, comments: not GPX data
                    }
                }
            }
        }

        private void start(String name, XMLStreamReader r) {
            int line = SafeXml.line(r);
            if (depth == 2 && (name.equals("wpt") || name.equals("rte") || name.equals("trk"))) {
                int k = name.equals("wpt") ? 0 : name.equals("rte") ? 1 : 2;
                counts[k]++;
                item = new Item(name, line, name + "[" + counts[k] + "]");
                if (name.equals("wpt")) {
                    point(r, line, item.path);
                }
            } else if (item != null && depth == 3 && name.equals("rtept") && item.kind.equals("rte")) {
                item.pointCount++;
                point(r, line, item.path + "/rtept[" + item.pointCount + "]");
            } else if (item != null && depth == 3 && name.equals("trkseg") && item.kind.equals("trk")) {
                segmentLine = line;
                segmentPath = item.path + "/trkseg[" + (item.segments.size() + 1) + "]";
                item.points = new ArrayList<>();
                item.pointCount = 0;
            } else if (item != null && depth == 4 && name.equals("trkpt") && segmentPath != null) {
                item.pointCount++;
                point(r, line, segmentPath + "/trkpt[" + item.pointCount + "]");
            } else if (item != null && TEXT.contains(name) && isTextOfCurrent()) {
                capturing = true;
                text.setLength(0);
            }
        }

        /** Whether an element at this depth is a direct child of the waypoint, route, track or point. */
        private boolean isTextOfCurrent() {
            return depth == 3 || (depth == 4 && item.kind.equals("rte")) || (depth == 5 && item.kind.equals("trk"));
        }

        private void point(XMLStreamReader r, int line, String path) {
            pointEle = Double.NaN;
            pointOk = false;
            String latText = r.getAttributeValue(null, "lat");
            String lonText = r.getAttributeValue(null, "lon");
            SourceRef where = new SourceRef(line, path);
            if (latText == null || lonText == null) {
                sink.problem(ImportProblem.Code.MISSING_COORDINATE, where, latText == null ? "lat" : "lon");
                return;
            }
            OptionalDouble lat = Numbers.parse(latText);
            OptionalDouble lon = Numbers.parse(lonText);
            if (lat.isEmpty() || lon.isEmpty()) {
                sink.problem(ImportProblem.Code.BAD_NUMBER, where, lat.isEmpty() ? latText : lonText);
                return;
            }
            var range = Shapes.check(lon.getAsDouble(), lat.getAsDouble(), where);
            if (range.isPresent()) {
                sink.problem(range.get());
                return;
            }
            pointLon = lon.getAsDouble();
            pointLat = lat.getAsDouble();
            pointOk = true;
        }

        private void end(String name) {
            if (capturing) {
                capturing = false;
                String value = text.toString().strip();
                if (name.equals("ele")) {
                    pointEle = Numbers.parse(value).orElse(Double.NaN);
                } else if (depth == 3 && !value.isEmpty()) {
                    item.texts.putIfAbsent(name, value);
                }
                return;
            }
            if (item == null) {
                return;
            }
            if (depth == 2 && name.equals("wpt")) {
                if (pointOk) {
                    sink.add(item.texts.getOrDefault("name", ""), new FeatureShape.PointShape(position()),
                            new SourceRef(item.line, item.path), properties(item, true));
                }
                item = null;
            } else if ((depth == 3 && name.equals("rtept")) || (depth == 4 && name.equals("trkpt"))) {
                if (pointOk) {
                    item.points.add(position());
                    sink.reading(item.points.size() + item.segmentTotal);
                }
            } else if (depth == 3 && name.equals("trkseg")) {
                item.segments.add(new Segment(item.points, new SourceRef(segmentLine, segmentPath)));
                item.segmentTotal += item.points.size();
                item.points = new ArrayList<>();
                segmentPath = null;
            } else if (depth == 2 && name.equals("rte")) {
                line(item.points, new SourceRef(item.line, item.path));
                item = null;
            } else if (depth == 2 && name.equals("trk")) {
                finishTrack();
                item = null;
            }
        }

        private GeoPoint position() {
            return new GeoPoint(pointLon, pointLat, pointEle);
        }

        private void finishTrack() {
            boolean polygon = item.texts.getOrDefault("type", "").toLowerCase(Locale.ROOT).equals("polygon");
            if (!polygon) {
                for (Segment s : item.segments) {
                    line(s.points(), s.where());
                }
                return;
            }
            List<List<GeoPoint>> rings = new ArrayList<>();
            for (Segment s : item.segments) {
                if (!s.points().isEmpty()) {
                    Shapes.ring(s.points(), s.where(), sink).ifPresent(rings::add);
                }
            }
            if (!rings.isEmpty()) {
                sink.add(item.texts.getOrDefault("name", ""),
                        new FeatureShape.PolygonShape(rings.get(0), rings.subList(1, rings.size())),
                        new SourceRef(item.line, item.path), properties(item, false));
            }
        }

        /** A route or segment: a line, or the one point it holds; nothing when empty. */
        private void line(List<GeoPoint> points, SourceRef where) {
            String name = item.texts.getOrDefault("name", "");
            if (points.size() == 1) {
                sink.add(name, new FeatureShape.PointShape(points.get(0)), where, properties(item, false));
            } else if (points.size() > 1) {
                sink.add(name, new FeatureShape.LineShape(points), where, properties(item, false));
            }
        }

        private static Map<String, String> properties(Item item, boolean waypoint) {
            Map<String, String> p = new HashMap<>();
            putIf(p, "description", item.texts.get("desc"));
            putIf(p, "type", item.texts.get("type"));
            if (waypoint) {
                putIf(p, "time", item.texts.get("time"));
                putIf(p, "symbol", item.texts.get("sym"));
            }
            return p;
        }

        private static void putIf(Map<String, String> p, String key, String value) {
            if (value != null) {
                p.put(key, value);
            }
        }
    }
}
