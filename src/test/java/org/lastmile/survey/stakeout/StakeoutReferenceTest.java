package org.lastmile.survey.stakeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Against scripts/stakeout_reference.py: plain vector math in Python (the station and offset by
 * Cramer's rule, not by projection), 200 random points around a rectangle, a square turned 30° at
 * Gauss-Krüger coordinates and the concave L in both directions.
 */
class StakeoutReferenceTest {

    @Test
    void everyPointAgreesWithTheIndependentComputation() throws IOException {
        Map<String, StakeoutOp> shapes = new HashMap<>();
        List<String[]> points = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/survey/stakeout-reference.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(",");
                if (f[0].equals("corners")) {
                    double[] en = new double[f.length - 2];
                    for (int i = 0; i < en.length; i++) {
                        en[i] = Double.parseDouble(f[i + 2]);
                    }
                    Polygon p = Rings.polygon(en);
                    shapes.put(f[1], new StakeoutOp(p));
                } else if (f[0].equals("point")) {
                    points.add(f);
                }
            }
        }
        assertThat(shapes).hasSize(5);
        assertThat(points).hasSize(200);
        for (String[] f : points) {
            // 1e-8 m: the Gauss-Krüger coordinates carry about 1e-9 m of rounding per operation
            Stakeout s = shapes.get(f[1]).locate(new Coordinate(num(f[2]), num(f[3])));
            String at = String.join(",", f);
            assertThat(s.edge().from()).as(at).isEqualTo(Integer.parseInt(f[4]));
            assertThat(s.edge().to()).as(at).isEqualTo(Integer.parseInt(f[5]));
            assertThat(s.alongM()).as(at).isCloseTo(num(f[6]), within(1e-8));
            assertThat(s.offsetM()).as(at).isCloseTo(num(f[7]), within(1e-8));
            assertThat(s.nearest().corner()).as(at).isEqualTo(Integer.parseInt(f[8]));
            assertThat(s.nearest().distanceM()).as(at).isCloseTo(num(f[9]), within(1e-8));
            assertThat(s.nearest().bearingDeg()).as(at).isCloseTo(num(f[10]), within(1e-9));
            assertThat(s.checks()).as(at).extracting(Stakeout.Check::corner)
                    .containsExactly(Integer.parseInt(f[11]), Integer.parseInt(f[13]));
            assertThat(s.checks().get(0).distanceM()).as(at).isCloseTo(num(f[12]), within(1e-8));
            assertThat(s.checks().get(1).distanceM()).as(at).isCloseTo(num(f[14]), within(1e-8));
        }
    }

    private static double num(String s) {
        return Double.parseDouble(s);
    }
}
