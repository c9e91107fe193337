package org.lastmile.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** GeoJSON and point files for the survey command tests. */
final class SurveyFiles {

    private SurveyFiles() {
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Feature with a Polygon from x, y pairs (closed here). */
    static String feature(double... xy) {
        StringBuilder b = new StringBuilder("{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i <= xy.length / 2; i++) {
            int k = i % (xy.length / 2);
            b.append(i == 0 ? "" : ",").append('[').append(xy[2 * k]).append(',').append(xy[2 * k + 1]).append(']');
        }
        return b.append("]]}}").toString();
    }

    /** The L-shaped field of survey.md in zone 33 (EPSG:4542), base edge 0 from (633500, 4097500). */
    static String lShape() {
        double e = 633500;
        double n = 4097500;
        return feature(e, n, e + 120, n, e + 120, n + 40, e + 50, n + 40, e + 50, n + 90, e, n + 90);
    }

    /** 37..37.01°N, 100..100.01°E as longitude, latitude. */
    static String qinghaiQuadrangle() {
        return feature(100, 37, 100.01, 37, 100.01, 37.01, 100, 37.01);
    }
}
