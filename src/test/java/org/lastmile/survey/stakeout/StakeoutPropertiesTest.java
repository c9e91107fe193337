package org.lastmile.survey.stakeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.quicktheories.core.Gen;

/**
 * Random star-shaped parcels (convex and not) and random points near them. Coordinates are local
 * (within a few hundred metres of the origin) so that 1e-9 m is above double rounding: at a
 * Gauss-Krüger northing of 4,000 km one unit in the last place is already 5e-10 m.
 */
class StakeoutPropertiesTest {

    /**
     * The examples are the same in every run. The one falsified run (a full build on 6 Dec) was the
     * generator's fault, not the stake-out's: a star with one angular gap over half a turn whose
     * ring nearly doubled back over its first edge, which JTS (and so {@code ParcelCheck}) rightly
     * calls self-intersecting; the generator now keeps only valid parcels. With it, seeds 1000–1149
     * at 300 examples each (45,000 parcels per property) falsified none of the three properties.
     */
    private static final long SEED = 1000L;

    @Test
    void thePointIsRebuiltFromEdgeStationAndOffset() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(parcels(), points()).checkAssert((parcel, p) -> {
            StakeoutOp op = new StakeoutOp(parcel);
            Stakeout s = op.locate(p);
            Coordinate a = op.corner(s.edge().from());
            Coordinate b = op.corner(s.edge().to());
            double ue = (b.x - a.x) / s.edge().lengthM();
            double un = (b.y - a.y) / s.edge().lengthM();
            // left of the edge is u turned 90° anticlockwise: (−un, ue)
            assertThat(a.x + s.alongM() * ue - s.offsetM() * un).isCloseTo(p.x, within(1e-9));
            assertThat(a.y + s.alongM() * un + s.offsetM() * ue).isCloseTo(p.y, within(1e-9));
        });
    }

    @Test
    void theStationLiesOnTheEdgeWhenTheFootDoes() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(parcels(), points()).checkAssert((parcel, p) -> {
            StakeoutOp op = new StakeoutOp(parcel);
            Stakeout s = op.locate(p);
            Coordinate a = op.corner(s.edge().from());
            Coordinate b = op.corner(s.edge().to());
            // the foot falls on the edge when the point is within the strip between the normals at a and b
            double dot = (p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y);
            double len2 = a.distance(b) * a.distance(b);
            if (dot >= 0 && dot <= len2) {
                assertThat(s.alongM()).isBetween(0.0, s.edge().lengthM());
            }
            assertThat(Math.abs(s.offsetM())).isLessThanOrEqualTo(Math.min(a.distance(p), b.distance(p)) + 1e-9);
            assertThat(s.nearest().bearingDeg()).isGreaterThanOrEqualTo(0).isLessThan(360);
        });
    }

    @Test
    void reversingTheRingFlipsTheOffsetSign() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(parcels(), points()).checkAssert((parcel, p) -> {
            Stakeout forward = StakeoutOp.stakeout(parcel, p);
            Polygon reversed = (Polygon) parcel.reverse();
            StakeoutOp back = new StakeoutOp(reversed);
            Stakeout r = back.locate(p);
            int n = back.corners();
            // corner i of the reversed ring is corner n − i of the original (0 stays 0), so the
            // same edge joins the same two corners but runs the other way
            assertThat((n - r.edge().to()) % n).isEqualTo(forward.edge().from());
            assertThat(r.offsetM()).isCloseTo(-forward.offsetM(), within(1e-9));
            assertThat(r.alongM()).isCloseTo(forward.edge().lengthM() - forward.alongM(), within(1e-9));
        });
    }

    private static Gen<Coordinate> points() {
        return doubles().between(-450, 450).zip(doubles().between(-450, 450), Coordinate::new);
    }

    /**
     * Star-shaped around the origin: radii vary, so most are not convex. Only simple ones: when one
     * angular gap is over half a turn (3 corners, gaps 0.2, 0.2, 1.0) the ring can cross itself,
     * which the stake-out rightly refuses (seen as a falsified example).
     */
    static Gen<Polygon> parcels() {
        return integers().between(3, 30).flatMap(n -> lists().of(doubles().between(0.2, 1.0)).ofSize(n).zip(
                lists().of(doubles().between(5, 400)).ofSize(n), doubles().between(0, 6.28),
                StakeoutPropertiesTest::star)).assuming(Polygon::isValid);
    }

    private static Polygon star(List<Double> gaps, List<Double> radii, double start) {
        double sum = gaps.stream().mapToDouble(Double::doubleValue).sum();
        double[] en = new double[2 * gaps.size()];
        double angle = start;
        for (int i = 0; i < gaps.size(); i++) {
            en[2 * i] = radii.get(i) * Math.cos(angle);
            en[2 * i + 1] = radii.get(i) * Math.sin(angle);
            angle += 2 * Math.PI * gaps.get(i) / sum;
        }
        return Rings.polygon(en);
    }
}
