package org.lastmile.ui.sketch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.crs.PlaneSystem;
import org.lastmile.survey.crs.SiteScale;

/**
 * The demo farmland case's field, as the tests know it independently of the code under test: five
 * corners on the Gauss-Krüger plane (zone 33, EPSG:4542) near Gangcha, the road along the north
 * edge J1–J2 (85.37 m), and a replay log of a handheld standing 30 s on each corner in turn (fixes
 * scattered by 1 m per axis, HDOP 0.8, 9 satellites).
 */
final class DemoField {

    static final UUID CASE = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");
    static final String CRS = "EPSG:4542";
    static final double HEIGHT_M = 0;
    static final int EPOCHS_PER_CORNER = 30;
    static final PlaneSystem PLANE = PlaneSystem.gaussKruger3(33, false);
    /** J1 … J5 clockwise from the top-left, plane metres. */
    static final List<PlanePoint> CORNERS;
    /** Plane distance / ground distance at the site (the tapes are on the ground). */
    static final double GROUND_TO_PLANE;

    static {
        PlanePoint o = PLANE.toPlane(100.15, 37.30);
        GROUND_TO_PLANE = SiteScale.at(PLANE, o, HEIGHT_M).groundToPlane();
        double s = 85.37 * GROUND_TO_PLANE / Math.hypot(85, 7.93);
        double[][] local = {{0, 80}, {85 * s, 80 + 7.93 * s}, {95, 10}, {40, -5}, {-5, 20}};
        List<PlanePoint> c = new ArrayList<>();
        for (double[] l : local) {
            c.add(new PlanePoint(o.e() + l[0], o.n() + l[1]));
        }
        CORNERS = List.copyOf(c);
    }

    private DemoField() {
    }

    /** The taped (ground) length between corners i and j (0-based), to the centimetre, as typed. */
    static String tape(int i, int j) {
        return String.format(Locale.ROOT, "%.2f", CORNERS.get(i).distanceTo(CORNERS.get(j)) / GROUND_TO_PLANE);
    }

    /** Writes the replay log: EPOCHS_PER_CORNER epochs on each corner, one second apart. */
    static Path replayLog(Path dir) throws IOException {
        Random random = new Random(12);
        StringBuilder log = new StringBuilder();
        int second = 0;
        for (PlanePoint corner : CORNERS) {
            for (int k = 0; k < EPOCHS_PER_CORNER; k++) {
                GeoPoint g = PLANE.toGeographic(corner.e() + random.nextGaussian(), corner.n() + random.nextGaussian());
                log.append(gga(second++, g.lat(), g.lon())).append("\r\n");
            }
        }
        Path file = dir.resolve("farmland-corners.nmea");
        Files.writeString(file, log, StandardCharsets.US_ASCII);
        return file;
    }

    private static String gga(int second, double lat, double lon) {
        int h = 4 + second / 3600;
        int m = second / 60 % 60;
        int s = second % 60;
        String body = String.format(Locale.ROOT, "GPGGA,%02d%02d%02d.00,%02d%09.6f,N,%03d%09.6f,E,1,09,0.8,3300.0,M,-30.0,M,,",
                h, m, s, (int) lat, (lat - (int) lat) * 60, (int) lon, (lon - (int) lon) * 60);
        int sum = 0;
        for (char ch : body.toCharArray()) {
            sum ^= ch;
        }
        return String.format(Locale.ROOT, "$%s*%02X", body, sum);
    }
}
