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
 * Budget (DESIGN.md): cut a target area from a 10,000-vertex polygon in ≤ 50 ms. The parcel is a
 * non-convex pasture of about 2 km across at Gauss-Krüger coordinates (a star-shaped ring with
 * random radii). Baselines from the same run: JTS's area of the same polygon (one pass over the
 * vertices) and one plain JTS clip of it by a half-plane (what building each part costs).
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

    private Polygon parcel;
    private Polygon halfPlane;
    private double target;
    private Coordinate west;

    @Setup
    public void setUp() {
        parcel = pasture(vertices, new Random(20231107));
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

    /** A star-shaped, non-convex ring of n vertices around 500 km E / 4,100 km N. */
    static Polygon pasture(int n, Random random) {
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double radius = 800 + 150 * Math.sin(7 * angle) + 60 * random.nextDouble();
            ring[i] = new Coordinate(500_000 + radius * Math.cos(angle), 4_100_000 + radius * Math.sin(angle));
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

    @Benchmark
    public double baselineJtsArea() {
        return parcel.getArea();
    }

    @Benchmark
    public Geometry baselineJtsHalfPlaneClip() {
        return OverlayNGRobust.overlay(parcel, halfPlane, OverlayNG.INTERSECTION);
    }
}
