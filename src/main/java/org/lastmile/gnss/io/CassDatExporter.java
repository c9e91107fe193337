package org.lastmile.gnss.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.lastmile.survey.crs.GeoPoint;

/**
 * A CASS coordinate file: {@code name,code,E,N,H} per line (E before N, as CASS writes its Y
 * before its X), metres to 4 decimals, CRLF line ends. Points are written as they are; each vertex
 * of a line or area becomes a point named {@code name-1}, {@code name-2}… (the closing vertex of a
 * ring is not repeated), since the format holds only points. A missing height is left empty.
 * Commas in names become spaces. The file is meant to be saved in GBK/GB18030
 * ({@link ExportFormat#fileCharset()}).
 */
public final class CassDatExporter implements FeatureExporter {

    private final PlaneProjection plane;

    /** @param plane the Gauss-Krüger system to write in */
    public CassDatExporter(PlaneProjection plane) {
        this.plane = plane;
    }

    @Override
    public void write(List<Feature> features, Writer out) throws IOException {
        for (Feature f : features) {
            String name = clean(f.name());
            String code = clean(f.properties().getOrDefault("code", ""));
            if (f.shape() instanceof FeatureShape.PointShape p) {
                line(out, name, code, p.position());
            } else {
                List<GeoPoint> vertices = f.shape() instanceof FeatureShape.PolygonShape pg
                        ? pg.shell().subList(0, pg.shell().size() - 1) : f.shape().positions();
                for (int i = 0; i < vertices.size(); i++) {
                    line(out, name + "-" + (i + 1), code, vertices.get(i));
                }
                if (f.shape() instanceof FeatureShape.PolygonShape pg) {
                    int k = vertices.size();
                    for (List<GeoPoint> hole : pg.holes()) {
                        for (GeoPoint p : hole.subList(0, hole.size() - 1)) {
                            line(out, name + "-" + (++k), code, p);
                        }
                    }
                }
            }
        }
        out.flush();
    }

    private void line(Writer out, String name, String code, GeoPoint p) throws IOException {
        double[] en = plane.toPlane(p.lon(), p.lat());
        out.write(name + "," + code + "," + Decimals.format(en[0], 4) + "," + Decimals.format(en[1], 4) + ","
                + (p.hasHeight() ? Decimals.format(p.height(), 4) : "") + "\r\n");
    }

    private static String clean(String s) {
        return s.replace(',', ' ').replace('，', ' ').replace('\r', ' ').replace('\n', ' ').strip();
    }
}
