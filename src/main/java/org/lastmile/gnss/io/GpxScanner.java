package org.lastmile.gnss.io;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A first pass over a GPX file with a safe StAX reader: it proves the XML well formed (or says at
 * which line it is not), refuses a DTD, tells GPX 1.0 from 1.1, reports every point whose
 * latitude or longitude is missing, not a number or out of range (with its line and element),
 * and records the line and the valid coordinates of every waypoint, route and track segment, so
 * that jpx's model can be tied back to lines.
 */
final class GpxScanner {

    /** The points of one {@code wpt} list, {@code rte} or {@code trkseg}, valid ones only. */
    static final class Container {
        final int line;
        final String path;
        final String childPrefix;
        int size;
        double[] lons = new double[16];
        double[] lats = new double[16];
        int[] lines = new int[16];
        String[] paths;

        Container(int line, String path, boolean keepPaths) {
            this.line = line;
            this.path = path;
            this.childPrefix = path + "/";
            this.paths = keepPaths ? new String[16] : null;
        }

        void add(double lon, double lat, int pointLine, String pointPath) {
            if (size == lons.length) {
                lons = Arrays.copyOf(lons, size * 2);
                lats = Arrays.copyOf(lats, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
                if (paths != null) {
                    paths = Arrays.copyOf(paths, size * 2);
                }
            }
            lons[size] = lon;
            lats[size] = lat;
            lines[size] = pointLine;
            if (paths != null) {
                paths[size] = pointPath;
            }
            size++;
        }
    }

    /** The element lines of a track: the {@code trk} and each of its segments. */
    record Track(int line, String path, List<Container> segments) {
    }

    boolean version10;
    final Container waypoints = new Container(0, "", true);
    final List<Container> routes = new ArrayList<>();
    final List<Track> tracks = new ArrayList<>();

    /** Scans the text; bad points go to the sink. */
    void scan(String text, ImportSink sink) {
        XMLStreamReader r = null;
        try {
            r = SafeXml.factory().createXMLStreamReader(new StringReader(text));
            int depth = 0;
            int wpt = 0;
            Container currentRoute = null;
            Track currentTrack = null;
            Container currentSegment = null;
            int pointIndex = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ImportException(ImportError.BROKEN, sink.fileName(), "GPX", line(r), "DOCTYPE");
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    String name = SafeXml.local(r.getLocalName());
                    if (depth == 1 && name.equals("rte")) {
                        currentRoute = null;
                    } else if (depth == 1 && name.equals("trk")) {
                        currentTrack = null;
                    } else if (depth == 2 && name.equals("trkseg")) {
                        currentSegment = null;
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                String name = SafeXml.local(r.getLocalName());
                if (depth == 1) {
                    String version = r.getAttributeValue(null, "version");
                    String ns = r.getAttributeValue(null, "xmlns");
                    version10 = "1.0".equals(version) || (ns != null && ns.contains("GPX/1/0"));
                } else if (depth == 2 && name.equals("wpt")) {
                    wpt++;
                    point(r, waypoints, "", "wpt", wpt, sink);
                } else if (depth == 2 && name.equals("rte")) {
                    currentRoute = new Container(line(r), "rte[" + (routes.size() + 1) + "]", false);
                    routes.add(currentRoute);
                    pointIndex = 0;
                } else if (depth == 2 && name.equals("trk")) {
                    currentTrack = new Track(line(r), "trk[" + (tracks.size() + 1) + "]", new ArrayList<>());
                    tracks.add(currentTrack);
                } else if (depth == 3 && name.equals("rtept") && currentRoute != null) {
                    pointIndex++;
                    point(r, currentRoute, currentRoute.childPrefix, "rtept", pointIndex, sink);
                } else if (depth == 3 && name.equals("trkseg") && currentTrack != null) {
                    currentSegment = new Container(line(r), currentTrack.path() + "/trkseg["
                            + (currentTrack.segments().size() + 1) + "]", false);
                    currentTrack.segments().add(currentSegment);
                    pointIndex = 0;
                } else if (depth == 4 && name.equals("trkpt") && currentSegment != null) {
                    pointIndex++;
                    point(r, currentSegment, currentSegment.childPrefix, "trkpt", pointIndex, sink);
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new ImportException(e, ImportError.BROKEN, sink.fileName(), "GPX", line, XmlErrors.reason(e));
        } finally {
            close(r);
        }
    }

    /** Reads a point's lat and lon; its path ({@code prefix + name[index]}) is built only when needed. */
    private static void point(XMLStreamReader r, Container into, String prefix, String name, int index,
            ImportSink sink) {
        int line = line(r);
        String latText = r.getAttributeValue(null, "lat");
        String lonText = r.getAttributeValue(null, "lon");
        if (latText == null || lonText == null) {
            sink.problem(ImportProblem.Code.MISSING_COORDINATE, where(line, prefix, name, index),
                    latText == null ? "lat" : "lon");
            return;
        }
        OptionalDouble lat = Numbers.parse(latText);
        OptionalDouble lon = Numbers.parse(lonText);
        if (lat.isEmpty() || lon.isEmpty()) {
            sink.problem(ImportProblem.Code.BAD_NUMBER, where(line, prefix, name, index),
                    lat.isEmpty() ? latText : lonText);
            return;
        }
        double la = lat.getAsDouble();
        double lo = lon.getAsDouble();
        if (!(la >= -90 && la <= 90 && lo >= -180 && lo <= 180)) {
            sink.problem(Shapes.check(lo, la, where(line, prefix, name, index)).orElseThrow());
            return;
        }
        into.add(lo, la, line, into.paths == null ? null : prefix + name + "[" + index + "]");
    }

    private static SourceRef where(int line, String prefix, String name, int index) {
        return new SourceRef(line, prefix + name + "[" + index + "]");
    }

    private static int line(XMLStreamReader r) {
        return r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing held open: the reader reads a string
            }
        }
    }
}
