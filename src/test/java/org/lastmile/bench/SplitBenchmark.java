package org.lastmile.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.lastmile.survey.division.Division;
import org.lastmile.survey.division.ParallelCutOp;
import org.lastmile.survey.division.PointCutOp;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budget (DESIGN.md): cut a target area from a 10,000-vertex polygon in ≤ 50 ms. Two parcels at
 * Gauss-Krüger coordinates, about 2 km across: {@code pasture}, a boundary walked with a receiver
 * (large lobes, so not convex, and 0.3 m of noise between vertices half a metre apart), and
 * {@code jagged}, a stress case whose radius jumps by up to 60 m from one vertex to the next, so
 * that a cut line crosses it dozens of times. Baselines from the same run: JTS's area of the same
 * polygon (one pass over the vertices), JTS's validity check (which every cut runs first), and one
 * plain JTS overlay clip of the polygon by a half-plane.
 *
 * <p>Run: {@code scripts/bench Split} (sample mode gives the median and p95).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SplitBenchmark {

    @Param({"10000"})
    public int vertices;

    @Param({"pasture", "jagged"})
    public String shape;

    private Polygon parcel;
    private Polygon halfPlane;
    private double target;
    private Coordinate west;

    @Setup
    public void setUp() {
        parcel = shape.equals("jagged") ? jagged(vertices, new Random(20231107)) : pasture(vertices, new Random(20231107));
        target = parcel.getArea() * 0.37;
        Coordinate c = parcel.getCentroid().getCoordinate();
        GeometryFactory f = parcel.getFactory();
        halfPlane = f.createPolygon(new Coordinate[] {new Coordinate(c.x - 5000, c.y - 5000),
            new Coordinate(c.x + 5000, c.y - 5000), new Coordinate(c.x + 5000, c.y),
            new Coordinate(c.x - 5000, c.y), new Coordinate(c.x - 5000, c.y - 5000)});
        west = parcel.getCoordinates()[0];
        for (Coordinate v : parcel.getCoordinates()) {
            if (v.x < west.x) {
                west = v;
            }
        }
    }

    /** A lobed, non-convex boundary of n vertices around 500 km E / 4,100 km N, with 0.3 m of noise. */
    static Polygon pasture(int n, Random random) {
        return star(n, a -> 800 + 150 * Math.sin(3 * a) + 60 * Math.sin(7 * a + 1) + 0.3 * random.nextDouble());
    }

    /** The same size with up to 60 m of noise from vertex to vertex. */
    static Polygon jagged(int n, Random random) {
        return star(n, a -> 800 + 150 * Math.sin(7 * a) + 60 * random.nextDouble());
    }

    private static Polygon star(int n, java.util.function.DoubleUnaryOperator radius) {
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double r = radius.applyAsDouble(angle);
            ring[i] = new Coordinate(500_000 + r * Math.cos(angle), 4_100_000 + r * Math.sin(angle));
        }
        ring[n] = ring[0].copy();
        return new GeometryFactory().createPolygon(ring);
    }

    @Benchmark
    public Division cutParallelToAnEdge() {
        return ParallelCutOp.cut(parcel, 0, target);
    }

    @Benchmark
    public Division cutThroughAPoint() {
        return PointCutOp.cut(parcel, west, target);
    }

    /** Only the angle search of the cut through a point, by the fan (what {@link PointCutOp} does). */
    @Benchmark
    public double searchThroughAPointByFan() {
        return org.lastmile.survey.division.SolveThroughAPoint.byFan(parcel, west, target);
    }

    /** Baseline: the same search as before, clipping all edges at 180 directions and every bisection step. */
    @Benchmark
    public double baselineSearchThroughAPointByClipping() {
        return org.lastmile.survey.division.SolveThroughAPoint.byClipping(parcel, west, target);
    }

    @Benchmark
    public boolean baselineJtsIsValid() {
        return parcel.isValid();
    }

    @Benchmark
    public double baselineJtsArea() {
        return parcel.getArea();
    }

    @Benchmark
    public Geometry baselineJtsHalfPlaneClip() {
        return OverlayNGRobust.overlay(parcel, halfPlane, OverlayNG.INTERSECTION);
    }
}
