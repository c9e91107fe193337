package org.lastmile.survey.division;

import org.lastmile.survey.geom.ParcelCheck;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Cuts a target area off a parcel with a straight line through a given point (a well, a tree, a
 * boundary stone). With n(θ) = (cos θ, sin θ), let F(θ) be the area of the parcel on the side
 * n(θ)·(x − P) ≤ 0 of the line through P. F is continuous and F(θ + π) = total − F(θ), so it
 * takes every value between its extremes; the directions are scanned at {@link #setSamples} steps
 * for a bracket of the target, which bisection then closes to the last bit of θ. F is evaluated as
 * a fan about P ({@link FanArea}): the whole scan costs one pass over the edges plus the edges
 * each direction crosses, and inside the bracket only the edges that the line sweeps there count.
 *
 * <p>More than one line may do (two for a point inside a convex parcel: the target can lie on
 * either side). Without a preference the first bracket where F rises through the target, counting
 * from θ = 0, is taken; {@link #setKeep} asks instead for the line whose target part lies on the
 * side of a given point.
 */
public final class PointCutOp {

    private final Polygon parcel;
    private final Coordinate through;
    private final FanArea fan;
    private final double total;
    private int samples = 360;
    private Coordinate keep;
    private int lastVarying = -1;

    /**
     * Prepares cuts through {@code through} (plane coordinates, m).
     *
     * @throws org.lastmile.survey.geom.GeometryException when the parcel is not a valid polygon
     */
    public PointCutOp(Geometry parcel, Coordinate through) {
        this.parcel = ParcelCheck.polygon(parcel);
        this.through = through.copy();
        this.fan = new FanArea(new HalfPlaneArea(this.parcel, this.through));
        this.total = this.parcel.getArea();
    }

    /** Cuts {@code targetM2} (m²) off the parcel with a line through {@code through}. */
    public static Division cut(Geometry parcel, Coordinate through, double targetM2) {
        return new PointCutOp(parcel, through).cutArea(targetM2);
    }

    /** How many directions are scanned for a bracket (default 360, one per degree). */
    public PointCutOp setSamples(int samples) {
        this.samples = Math.max(8, samples + samples % 2);
        return this;
    }

    /** Prefer the line whose target part lies on the side of this point (null: no preference). */
    public PointCutOp setKeep(Coordinate keep) {
        this.keep = keep == null ? null : keep.copy();
        return this;
    }

    /**
     * Two parts: {@code targetM2} on one side of a line through the point, and the rest.
     *
     * @throws DivisionException {@link DivisionError#TARGET_NOT_POSITIVE},
     *                           {@link DivisionError#TARGET_TOO_LARGE} or
     *                           {@link DivisionError#TARGET_UNREACHABLE}
     */
    public Division cutArea(double targetM2) {
        ParallelCutOp.checkTarget(targetM2, total);
        double step = 2 * Math.PI / samples;
        double[] f = fan.scan(samples);
        double[] g = new double[samples + 1];
        for (int i = 0; i < samples; i++) {
            g[i] = f[i] - targetM2;
        }
        g[samples] = g[0];
        int bracket = chooseBracket(g, step);
        if (bracket < 0) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : g) {
                min = Math.min(min, v + targetM2);
                max = Math.max(max, v + targetM2);
            }
            throw new DivisionException(DivisionError.TARGET_UNREACHABLE, through, through.x, through.y, targetM2,
                    Math.max(min, 0), Math.min(max, total));
        }
        double theta = g[bracket] == 0 ? bracket * step
                : bisect(bracket * step, (bracket + 1) * step, g[bracket] < 0, targetM2);
        double nx = Math.cos(theta);
        double ny = Math.sin(theta);
        Frame frame = new Frame(through, -ny, nx, nx, ny);
        return new PieceBuilder(parcel, frame).build(total, new double[] {0},
                new double[] {targetM2, total - targetM2}, false);
    }

    private int chooseBracket(double[] g, double step) {
        int fallback = -1;
        for (int i = 0; i < samples; i++) {
            boolean crosses = g[i] == 0 || (g[i] < 0 && g[i + 1] >= 0) || (g[i] > 0 && g[i + 1] <= 0);
            if (!crosses) {
                continue;
            }
            if (keep != null) {
                double mid = (i + 0.5) * step;
                if (Math.cos(mid) * (keep.x - through.x) + Math.sin(mid) * (keep.y - through.y) <= 0) {
                    return i;
                }
            } else if (g[i] <= 0 && g[i + 1] >= 0) {
                return i;
            }
            if (fallback < 0) {
                fallback = i;
            }
        }
        return fallback;
    }

    /** The edges evaluated per bisection step in the last cut (−1 before any); for tests. */
    int lastVaryingEdges() {
        return lastVarying;
    }

    /** Bisection of F(θ) − target on [a, b], negative at a when {@code risingFromLo}. */
    private double bisect(double a, double b, boolean risingFromLo, double target) {
        FanArea.Bracket f = fan.bracket(a, b);
        lastVarying = f.varyingEdges();
        double lo = a;
        double hi = b;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            double gm = f.area(mid) - target;
            if (gm == 0) {
                return mid;
            }
            if ((gm < 0) == risingFromLo) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
