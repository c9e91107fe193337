package org.lastmile.survey.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.quicktheories.core.Gen;

/**
 * The fast line splitter against JTS's overlay (an independent implementation): the same pieces
 * on both sides, each a valid polygon, for random non-convex parcels with and without a hole.
 */
class LineSplitterPropertiesTest {

    /** The same parcels in every run; seeds 1000–1039 (12,000 parcels per property) all pass. */
    private static final long SEED = 1000L;

    @Test
    void splitsLikeJtsOverlay() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(parcels(), doubles().between(0, 6.28), doubles().between(0.01, 0.99))
                .checkAssert(LineSplitterPropertiesTest::splitsLikeJtsOverlay);
    }

    private static void splitsLikeJtsOverlay(Polygon parcel, double angle, double where) {
        double nx = Math.cos(angle);
        double ny = Math.sin(angle);
        Coordinate origin = parcel.getCoordinates()[0];
        Frame frame = new Frame(origin, -ny, nx, nx, ny);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Coordinate c : parcel.getCoordinates()) {
            double t = nx * (c.x - origin.x) + ny * (c.y - origin.y);
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        compareWithOverlay(parcel, frame, min + where * (max - min));
    }

    /** A line exactly through a corner (a cut through a boundary stone): convex, reflex, touching. */
    @Test
    void splitsThroughACornerLikeJtsOverlay() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(parcels(), doubles().between(0, 6.28), integers().all())
                .checkAssert(LineSplitterPropertiesTest::splitsThroughACornerLikeJtsOverlay);
    }

    private static void splitsThroughACornerLikeJtsOverlay(Polygon parcel, double angle, int cornerSeed) {
        Coordinate[] ring = parcel.getExteriorRing().getCoordinates();
        Coordinate corner = ring[Math.floorMod(cornerSeed, ring.length - 1)];
        double nx = Math.cos(angle);
        double ny = Math.sin(angle);
        compareWithOverlay(parcel, new Frame(corner, -ny, nx, nx, ny), 0);
    }

    private static void compareWithOverlay(Polygon parcel, Frame frame, double tau) {
        LineSplitter.Split split = new LineSplitter(frame, parcel.getFactory()).split(List.of(parcel), tau);
        if (split == null) {
            return; // the line misses the parcel: nothing to compare
        }
        Geometry below = parcel.getFactory().buildGeometry(split.below());
        Geometry above = parcel.getFactory().buildGeometry(split.above());
        assertThat(below.isValid()).as("below valid").isTrue();
        assertThat(above.isValid()).as("above valid").isTrue();
        double reach = 4 * parcel.getEnvelopeInternal().getDiameter() + 1;
        Polygon halfPlane = parcel.getFactory().createPolygon(new Coordinate[] {frame.at(-reach, -reach),
            frame.at(reach, -reach), frame.at(reach, tau), frame.at(-reach, tau), frame.at(-reach, -reach)});
        Geometry expected = parcel.getFactory().buildGeometry(PolygonExtracter.getPolygons(
                OverlayNGRobust.overlay(parcel, halfPlane, OverlayNG.INTERSECTION)));
        double scale = parcel.getArea();
        assertThat(below.getArea()).isCloseTo(expected.getArea(), within(1e-9 * scale));
        assertThat(below.getNumGeometries()).isEqualTo(expected.getNumGeometries());
        if (!below.isEmpty() && !expected.isEmpty()) {
            assertThat(OverlayNGRobust.overlay(below, expected, OverlayNG.SYMDIFFERENCE).getArea())
                    .isCloseTo(0, within(1e-9 * scale));
        }
        assertThat(below.getArea() + above.getArea()).isCloseTo(parcel.getArea(), within(1e-9 * scale));
        Geometry cut = parcel.getFactory().buildGeometry(split.cut());
        Geometry line = parcel.getFactory().createLineString(
                new Coordinate[] {frame.at(-reach, tau), frame.at(reach, tau)});
        assertThat(cut.getLength()).isCloseTo(
                OverlayNGRobust.overlay(line, parcel, OverlayNG.INTERSECTION).getLength(), within(1e-6));
    }

    static Gen<Polygon> parcels() {
        return integers().between(8, 60).flatMap(n -> lists().of(DivisionPropertiesTest.scaled(0.2, 1.0, 6)).ofSize(n)
                .zip(lists().of(DivisionPropertiesTest.scaled(5, 300, 4)).ofSize(n), booleans().all(),
                        LineSplitterPropertiesTest::star));
    }

    /** Star-shaped around (500000, 4000000); with a 1 m square hole at the centre when asked. */
    private static Polygon star(List<Double> gaps, List<Double> radii, boolean hole) {
        double sum = gaps.stream().mapToDouble(Double::doubleValue).sum();
        double e0 = 500_000;
        double n0 = 4_000_000;
        double[] xy = new double[2 * gaps.size()];
        double angle = 0;
        for (int i = 0; i < gaps.size(); i++) {
            xy[2 * i] = e0 + radii.get(i) * Math.cos(angle);
            xy[2 * i + 1] = n0 + radii.get(i) * Math.sin(angle);
            angle += 2 * Math.PI * gaps.get(i) / sum;
        }
        Polygon shell = Parcels.polygon(xy);
        if (!hole) {
            return shell;
        }
        LinearRing h = Parcels.GF.createLinearRing(
                Parcels.polygon(e0 - 0.5, n0 - 0.5, e0 + 0.5, n0 - 0.5, e0 + 0.5, n0 + 0.5, e0 - 0.5, n0 + 0.5)
                        .getCoordinates());
        return Parcels.GF.createPolygon(shell.getExteriorRing(), new LinearRing[] {h});
    }
}
