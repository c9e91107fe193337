package org.lastmile.domain.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.PlanePoint;
import org.quicktheories.core.Gen;

/**
 * A sketch's division by a line through a chosen point, calculated by {@link SketchCalculator} as
 * the screen and the exports do, on random star-shaped fields (most not convex) on the Gauss-Krüger
 * plane, through random points inside them: the cut line passes through the point, and the part
 * has its target area. The areas are checked independently of JTS and of the survey code: the field
 * is clipped by the cut line's half-planes (Sutherland–Hodgman) and each side measured by the
 * shoelace formula.
 */
class CutThroughAPointPropertiesTest {

    private static final double TOLERANCE_M2 = 0.01;

    /** The same fields in every run; seeds 1000–1039 (200 examples each, 8,000 fields) all pass. */
    private static final long SEED = 1000L;

    /** A field: radii at equal turns about a centre (so the centre sees every corner: simple). */
    record Field(List<PlanePoint> ring, PlanePoint through) {
    }

    private static Gen<Field> fields() {
        return integers().between(3, 24).flatMap(n -> lists().of(doubles().between(20, 300)).ofSize(n).zip(
                doubles().between(0, 2 * Math.PI), doubles().between(0, 0.8), doubles().between(300_000, 700_000),
                (radii, turn, reach, east) -> field(radii, turn, reach, east)));
    }

    private static Field field(List<Double> radii, double turn, double reach, double east) {
        double ce = Math.round(east * 100) / 100.0;
        double cn = 4_130_000.25;
        List<PlanePoint> ring = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < radii.size(); i++) {
            double a = 2 * Math.PI * i / radii.size();
            ring.add(new PlanePoint(ce + radii.get(i) * Math.cos(a), cn + radii.get(i) * Math.sin(a)));
            min = Math.min(min, radii.get(i));
        }
        // inside the circle the polygon's inradius about its centre bounds: r·cos(π/n) of the smallest
        double inside = min * Math.cos(Math.PI / radii.size()) * reach;
        return new Field(ring, new PlanePoint(ce + inside * Math.cos(turn), cn + inside * Math.sin(turn)));
    }

    @Test
    void theCutThroughAPointPassesThroughItAndCutsTheTargetArea() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(fields(), doubles().between(0.05, 0.95))
                .checkAssert(CutThroughAPointPropertiesTest::cutsExactly);
    }

    private static void cutsExactly(Field f, double fraction) {
        SiteSketch s = SiteSketch.empty(UUID.randomUUID(), "EPSG:4542", 0);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < f.ring().size(); i++) {
            String id = "c" + i;
            s = SketchEdits.addCorner(new Corner(id, "J" + (i + 1), f.ring().get(i), CornerOrigin.typedPlane(Double.NaN)))
                    .apply(s);
            ids.add(id);
        }
        s = SketchEdits.parcel(new Parcel("p", "", ids)).apply(s);
        double total = Math.abs(shoelace(f.ring()));
        double target = fraction * total;
        s = SketchEdits.divideThrough("p", f.through(), target).apply(s);

        SketchResult r = new SketchCalculator().calculate(s);
        assertThat(r.problems()).isEmpty();
        // which areas a line through the point can cut off, scanned independently every quarter degree
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int k = 0; k < 1440; k++) {
            double t = Math.PI * 2 * k / 1440;
            PlanePoint b = new PlanePoint(f.through().e() + Math.cos(t), f.through().n() + Math.sin(t));
            double side = Math.abs(shoelace(clip(f.ring(), f.through(), b, 1)));
            min = Math.min(min, side);
            max = Math.max(max, side);
        }
        if (target < min - 0.01 * total || target > max + 0.01 * total) {
            // out of reach through this point (a triangle's centroid keeps 4/9 on either side): said, not cut
            assertThat(r.parts()).isEmpty();
            assertThat(r.warnings()).anyMatch(w -> w.messageKey().equals(
                    org.lastmile.survey.division.DivisionError.TARGET_UNREACHABLE.messageKey()));
            return;
        }
        if (target < min + 0.01 * total || target > max - 0.01 * total) {
            return; // at the edge of reach the quarter-degree scan cannot say which
        }
        assertThat(r.parts()).hasSize(2);
        assertThat(r.parts().get(0).figure().m2()).isCloseTo(target, within(TOLERANCE_M2));
        assertThat(r.stakeouts()).hasSize(2);
        PlanePoint a = r.stakeouts().get(0).point();
        PlanePoint b = r.stakeouts().get(1).point();
        // the line through the two stakes passes through the point
        double cross = (b.e() - a.e()) * (f.through().n() - a.n()) - (b.n() - a.n()) * (f.through().e() - a.e());
        assertThat(cross / a.distanceTo(b)).as("distance of the point from the cut line").isCloseTo(0, within(1e-6));
        // independent: the field clipped by each side of that line, measured by the shoelace formula
        double left = Math.abs(shoelace(clip(f.ring(), a, b, 1)));
        double right = Math.abs(shoelace(clip(f.ring(), a, b, -1)));
        assertThat(left + right).isCloseTo(total, within(TOLERANCE_M2));
        assertThat(Math.min(Math.abs(left - target), Math.abs(right - target))).isLessThan(TOLERANCE_M2);
    }

    /** Sutherland–Hodgman: the part of the ring on {@code side} (+1 left, −1 right) of the line a→b. */
    static List<PlanePoint> clip(List<PlanePoint> ring, PlanePoint a, PlanePoint b, int side) {
        List<PlanePoint> out = new ArrayList<>();
        int n = ring.size();
        for (int i = 0; i < n; i++) {
            PlanePoint p = ring.get(i);
            PlanePoint q = ring.get((i + 1) % n);
            double dp = side * orient(a, b, p);
            double dq = side * orient(a, b, q);
            if (dp >= 0) {
                out.add(p);
            }
            if ((dp > 0 && dq < 0) || (dp < 0 && dq > 0)) {
                double t = dp / (dp - dq);
                out.add(new PlanePoint(p.e() + t * (q.e() - p.e()), p.n() + t * (q.n() - p.n())));
            }
        }
        return out;
    }

    private static double orient(PlanePoint a, PlanePoint b, PlanePoint p) {
        return (b.e() - a.e()) * (p.n() - a.n()) - (b.n() - a.n()) * (p.e() - a.e());
    }

    /** Signed area; coordinates taken about the first corner so that 10⁶ m northings keep their digits. */
    static double shoelace(List<PlanePoint> ring) {
        if (ring.size() < 3) {
            return 0;
        }
        double e0 = ring.get(0).e();
        double n0 = ring.get(0).n();
        double sum = 0;
        for (int i = 0; i < ring.size(); i++) {
            PlanePoint p = ring.get(i);
            PlanePoint q = ring.get((i + 1) % ring.size());
            sum += (p.e() - e0) * (q.n() - n0) - (q.e() - e0) * (p.n() - n0);
        }
        return sum / 2;
    }

    @Test
    void theDemoFieldCutThroughTheWellCornerIsRecordedUndoneAndStoredWithItsPoint() {
        SiteSketch demo = new org.lastmile.store.demo.DemoSketch().build(UUID.randomUUID(),
                java.time.Instant.parse("2026-12-04T04:00:00Z"));
        PlanePoint j4 = new SketchCalculator().calculate(demo).position(demo.cornerNamed("J4").orElseThrow().id());
        SketchHistory h = new SketchHistory(demo);
        h.execute(SketchEdits.divideThrough(demo.parcels().get(0).id(), j4, 4400));
        SketchResult r = new SketchCalculator().calculate(h.current());
        assertThat(r.parts().get(0).figure().m2()).isCloseTo(4400, within(TOLERANCE_M2));
        assertThat(r.stakeouts()).anySatisfy(c -> assertThat(c.point().distanceTo(j4)).isLessThan(1e-6));
        assertThat(h.current().division().through()).isEqualTo(j4);
        h.undo();
        assertThat(h.current().division().throughPoint()).isFalse();
    }
}
