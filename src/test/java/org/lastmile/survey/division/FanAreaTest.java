package org.lastmile.survey.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The fan evaluation of F(θ) (one pass for a whole scan, only the swept edges inside a bracket)
 * gives the areas that clipping the polygon by each half-plane gives ({@link HalfPlaneArea}), for
 * star-shaped fields, convex or jagged, with or without a hole, the point inside, outside, on a
 * corner or on an edge.
 */
class FanAreaTest {

    @Test
    void theScanAndTheBracketsAgreeWithHalfPlaneClipping() {
        qt().withFixedSeed(42L).withExamples(300).forAll(longs().all())
                .checkAssert(this::theScanAndTheBracketsAgreeWithHalfPlaneClipping);
    }

    private void theScanAndTheBracketsAgreeWithHalfPlaneClipping(long seed) {
        Random rnd = new Random(seed);
        Polygon parcel = star(rnd, 5 + rnd.nextInt(60), rnd.nextDouble() * 0.8, rnd.nextInt(4) == 0);
        Coordinate p = point(rnd, parcel);
        HalfPlaneArea clip = new HalfPlaneArea(parcel, p);
        FanArea fan = new FanArea(clip);
        double tolerance = 1e-9 * parcel.getEnvelopeInternal().getArea() + 1e-9;
        int samples = 8 + 2 * rnd.nextInt(200);
        double[] f = fan.scan(samples);
        for (int s = 0; s < samples; s++) {
            double theta = 2 * Math.PI * s / samples;
            assertThat(f[s]).as("direction %d of %d", s, samples)
                    .isCloseTo(clip.below(Math.cos(theta), Math.sin(theta), 0), within(tolerance));
        }
        double lo = rnd.nextDouble() * 2 * Math.PI;
        double hi = lo + rnd.nextDouble() * Math.PI / 2;
        FanArea.Bracket b = fan.bracket(lo, hi);
        for (int k = 0; k <= 20; k++) {
            double theta = lo + (hi - lo) * k / 20;
            assertThat(b.area(theta)).isCloseTo(clip.below(Math.cos(theta), Math.sin(theta), 0), within(tolerance));
        }
    }

    /**
     * On the 10,000-corner jagged stress field of the benchmark, cut through its westmost corner,
     * the bisection touches only the edges swept inside its one-degree bracket (the old code
     * clipped all 10,000 at each of ~230 directions), and the cut is exact.
     */
    @Test
    void onTheJaggedStressFieldTheBisectionTouchesFewEdgesAndTheCutIsExact() {
        // the benchmark's jagged field: radius 800 + 150 sin 7a + up to 60 m of noise per corner
        Random random = new Random(20231107);
        int n = 10_000;
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = 800 + 150 * Math.sin(7 * a) + 60 * random.nextDouble();
            ring[i] = new Coordinate(500_000 + r * Math.cos(a), 4_100_000 + r * Math.sin(a));
        }
        ring[n] = ring[0].copy();
        Polygon parcel = Parcels.GF.createPolygon(ring);
        Coordinate west = parcel.getCoordinates()[0];
        for (Coordinate v : parcel.getCoordinates()) {
            if (v.x < west.x) {
                west = v;
            }
        }
        double target = parcel.getArea() * 0.37;
        PointCutOp op = new PointCutOp(parcel, west);
        Division d = op.cutArea(target);
        assertThat(d.parts().get(0).areaM2()).isCloseTo(target, within(0.01));
        assertThat(op.lastVaryingEdges()).isBetween(0, 1_000);
        // the benchmark's search by the former method finds the same line
        assertThat(SolveThroughAPoint.byFan(parcel, west, target))
                .isCloseTo(SolveThroughAPoint.byClipping(parcel, west, target), within(1e-9));
    }

    private static Polygon star(Random rnd, int n, double jag, boolean hole) {
        Coordinate[] ring = new Coordinate[n + 1];
        double e0 = 500_000 + rnd.nextDouble() * 1000;
        double n0 = 4_100_000 + rnd.nextDouble() * 1000;
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = 100 * (1 - jag * rnd.nextDouble());
            ring[i] = new Coordinate(e0 + r * Math.cos(a), n0 + r * Math.sin(a));
        }
        ring[n] = ring[0].copy();
        if (!hole) {
            return Parcels.GF.createPolygon(ring);
        }
        double h = 100 * (1 - jag) * 0.3;
        LinearRing inner = Parcels.GF.createLinearRing(new Coordinate[] {new Coordinate(e0 - h, n0 - h),
            new Coordinate(e0 - h, n0 + h), new Coordinate(e0 + h, n0 + h), new Coordinate(e0 + h, n0 - h),
            new Coordinate(e0 - h, n0 - h)});
        return Parcels.GF.createPolygon(Parcels.GF.createLinearRing(ring), new LinearRing[] {inner});
    }

    private static Coordinate point(Random rnd, Polygon parcel) {
        Coordinate[] c = parcel.getExteriorRing().getCoordinates();
        int i = rnd.nextInt(c.length - 1);
        switch (rnd.nextInt(4)) {
            case 0:
                return c[i].copy(); // a corner
            case 1:
                return new Coordinate((c[i].x + c[i + 1].x) / 2, (c[i].y + c[i + 1].y) / 2); // on an edge
            case 2: {
                Coordinate m = parcel.getCentroid().getCoordinate();
                return new Coordinate(m.x + rnd.nextGaussian(), m.y + rnd.nextGaussian());
            }
            default:
                return new Coordinate(c[i].x + 300 * rnd.nextGaussian(), c[i].y + 300 * rnd.nextGaussian());
        }
    }
}
