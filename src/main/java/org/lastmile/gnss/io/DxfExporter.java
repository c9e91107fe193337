package org.lastmile.gnss.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.lastmile.survey.crs.GeoPoint;

/**
 * A DXF R12 (AC1009) ASCII drawing on the plane for the land bureau's CAD: X = easting, Y =
 * northing, in metres to 4 decimals. Points are POINT entities (Z = height) on layer {@code
 * POINTS} with their name as a TEXT label on layer {@code LABELS}; lines are open 2D POLYLINEs
 * (VERTEX…SEQEND, since R12 has no LWPOLYLINE) on {@code LINES}; areas are closed POLYLINEs on
 * {@code PARCELS}, one per ring, labelled at the first vertex. The file is pure ASCII: other
 * characters in names are written as {@code \U+XXXX}, which AutoCAD and CASS read back as the
 * character.
 */
public final class DxfExporter implements FeatureExporter {

    private static final String[] LAYERS = {"POINTS", "LINES", "PARCELS", "LABELS"};
    private static final double TEXT_HEIGHT_M = 1.0;
    private static final double LABEL_OFFSET_M = 0.5;

    private final PlaneProjection plane;

    /** @param plane the Gauss-Krüger system to draw in */
    public DxfExporter(PlaneProjection plane) {
        this.plane = plane;
    }

    @Override
    public void write(List<Feature> features, Writer out) throws IOException {
        double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Feature f : features) {
            for (GeoPoint p : f.shape().positions()) {
                double[] en = plane.toPlane(p.lon(), p.lat());
                min[0] = Math.min(min[0], en[0]);
                min[1] = Math.min(min[1], en[1]);
                max[0] = Math.max(max[0], en[0]);
                max[1] = Math.max(max[1], en[1]);
            }
        }
        if (features.isEmpty()) {
            min = new double[] {0, 0};
            max = new double[] {0, 0};
        }
        header(out, min, max);
        tables(out);
        pair(out, 0, "SECTION");
        pair(out, 2, "ENTITIES");
        for (Feature f : features) {
            entities(out, f);
        }
        pair(out, 0, "ENDSEC");
        pair(out, 0, "EOF");
        out.flush();
    }

    private void entities(Writer out, Feature f) throws IOException {
        if (f.shape() instanceof FeatureShape.PointShape p) {
            double[] en = plane.toPlane(p.position().lon(), p.position().lat());
            pair(out, 0, "POINT");
            pair(out, 8, "POINTS");
            xyz(out, en[0], en[1], p.position().hasHeight() ? p.position().height() : 0);
            label(out, f.name(), en);
        } else if (f.shape() instanceof FeatureShape.LineShape l) {
            polyline(out, "LINES", l.vertices(), false);
            label(out, f.name(), plane.toPlane(l.vertices().get(0).lon(), l.vertices().get(0).lat()));
        } else if (f.shape() instanceof FeatureShape.PolygonShape pg) {
            polyline(out, "PARCELS", pg.shell(), true);
            for (List<GeoPoint> hole : pg.holes()) {
                polyline(out, "PARCELS", hole, true);
            }
            label(out, f.name(), plane.toPlane(pg.shell().get(0).lon(), pg.shell().get(0).lat()));
        }
    }

    private void polyline(Writer out, String layer, List<GeoPoint> vertices, boolean closed) throws IOException {
        List<GeoPoint> drawn = closed ? vertices.subList(0, vertices.size() - 1) : vertices;
        pair(out, 0, "POLYLINE");
        pair(out, 8, layer);
        pair(out, 66, "1");
        xyz(out, 0, 0, 0);
        pair(out, 70, closed ? "1" : "0");
        for (GeoPoint p : drawn) {
            double[] en = plane.toPlane(p.lon(), p.lat());
            pair(out, 0, "VERTEX");
            pair(out, 8, layer);
            xyz(out, en[0], en[1], 0);
        }
        pair(out, 0, "SEQEND");
        pair(out, 8, layer);
    }

    private static void label(Writer out, String name, double[] en) throws IOException {
        String text = escape(name);
        if (text.isEmpty()) {
            return;
        }
        pair(out, 0, "TEXT");
        pair(out, 8, "LABELS");
        xyz(out, en[0] + LABEL_OFFSET_M, en[1] + LABEL_OFFSET_M, 0);
        pair(out, 40, Decimals.format(TEXT_HEIGHT_M, 4));
        pair(out, 1, text);
    }

    private static void header(Writer out, double[] min, double[] max) throws IOException {
        pair(out, 0, "SECTION");
        pair(out, 2, "HEADER");
        pair(out, 9, "$ACADVER");
        pair(out, 1, "AC1009");
        pair(out, 9, "$DWGCODEPAGE");
        pair(out, 3, "ANSI_936");
        pair(out, 9, "$INSBASE");
        xyz(out, 0, 0, 0);
        pair(out, 9, "$EXTMIN");
        xyz(out, min[0], min[1], 0);
        pair(out, 9, "$EXTMAX");
        xyz(out, max[0], max[1], 0);
        pair(out, 0, "ENDSEC");
    }

    private static void tables(Writer out) throws IOException {
        pair(out, 0, "SECTION");
        pair(out, 2, "TABLES");
        pair(out, 0, "TABLE");
        pair(out, 2, "LTYPE");
        pair(out, 70, "1");
        pair(out, 0, "LTYPE");
        pair(out, 2, "CONTINUOUS");
        pair(out, 70, "0");
        pair(out, 3, "Solid line");
        pair(out, 72, "65");
        pair(out, 73, "0");
        pair(out, 40, "0.0");
        pair(out, 0, "ENDTAB");
        pair(out, 0, "TABLE");
        pair(out, 2, "LAYER");
        pair(out, 70, String.valueOf(LAYERS.length));
        int[] colours = {7, 3, 1, 7};
        for (int i = 0; i < LAYERS.length; i++) {
            pair(out, 0, "LAYER");
            pair(out, 2, LAYERS[i]);
            pair(out, 70, "0");
            pair(out, 62, String.valueOf(colours[i]));
            pair(out, 6, "CONTINUOUS");
        }
        pair(out, 0, "ENDTAB");
        pair(out, 0, "ENDSEC");
    }

    private static void xyz(Writer out, double x, double y, double z) throws IOException {
        pair(out, 10, Decimals.format(x, 4));
        pair(out, 20, Decimals.format(y, 4));
        pair(out, 30, Decimals.format(z, 4));
    }

    private static void pair(Writer out, int code, String value) throws IOException {
        out.write(String.valueOf(code));
        out.write("\r\n");
        out.write(value);
        out.write("\r\n");
    }

    /** ASCII text for a DXF string: others as {@code \U+XXXX}, control characters as spaces. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                b.append(' ');
            } else if (c < 0x80) {
                b.append(c);
            } else {
                b.append(String.format("\\U+%04X", (int) c));
            }
        }
        return b.toString().strip();
    }
}
