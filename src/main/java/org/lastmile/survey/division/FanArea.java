package org.lastmile.survey.division;

/**
 * The area F(θ) of a polygon on the side n(θ)·(x − P) ≤ 0 of a line through P, n(θ) = (cos θ,
 * sin θ), as a fan about P: the cut line passes through P, so its own segments add nothing to
 * the shoelace about P, and F(θ) = ½ Σ_edges cross(a, b) · f_e(θ), with a, b an edge's ends
 * relative to P and f_e the share of the edge inside the half-plane (1, 0, or the crossing
 * parameter: an edge's share is linear along it, survey.md). Each edge is full inside on one arc
 * of θ, outside on another, and crossed only on the two arcs where the line sweeps over it.
 *
 * <p>{@link #scan} gives F at S equally spaced directions in one pass over the edges plus the
 * crossings: the constant arcs go into a circular difference array, only the directions that lie
 * on an edge's crossing arcs evaluate it. {@link #bracket} prepares an interval of θ no wider
 * than a quarter turn: the edges whose status cannot change in it are summed once, and F inside
 * it costs only the edges that are crossed or change there. Same value as {@link HalfPlaneArea}
 * up to rounding.
 */
final class FanArea {

    /** Directions within this angle (radians) of an arc's end are evaluated exactly, not by arc. */
    private static final double MARGIN = 1e-9;

    private final double[] ax;
    private final double[] ay;
    private final double[] bx;
    private final double[] by;
    private final double[] halfCross;
    private final int edges;

    FanArea(HalfPlaneArea area) {
        double[][] xs = area.xs();
        double[][] ys = area.ys();
        int count = 0;
        for (double[] x : xs) {
            count += x.length;
        }
        ax = new double[count];
        ay = new double[count];
        bx = new double[count];
        by = new double[count];
        halfCross = new double[count];
        int k = 0;
        for (int r = 0; r < xs.length; r++) {
            int m = xs[r].length;
            for (int i = 0; i < m; i++) {
                int j = (i + m - 1) % m;
                double c = xs[r][j] * ys[r][i] - xs[r][i] * ys[r][j];
                if (c == 0) {
                    continue; // an edge on a line through P (or touching it) sweeps no area
                }
                ax[k] = xs[r][j];
                ay[k] = ys[r][j];
                bx[k] = xs[r][i];
                by[k] = ys[r][i];
                halfCross[k] = c / 2;
                k++;
            }
        }
        edges = k;
    }

    /** F(θ) by the sign of each end: exact for any θ, O(edges). */
    double area(double theta) {
        double nx = Math.cos(theta);
        double ny = Math.sin(theta);
        double sum = 0;
        for (int e = 0; e < edges; e++) {
            sum += contribution(e, nx, ny);
        }
        return sum;
    }

    private double contribution(int e, double nx, double ny) {
        double ha = nx * ax[e] + ny * ay[e];
        double hb = nx * bx[e] + ny * by[e];
        boolean ina = ha <= 0;
        boolean inb = hb <= 0;
        if (ina && inb) {
            return halfCross[e];
        }
        if (!ina && !inb) {
            return 0;
        }
        double t = ha / (ha - hb);
        return halfCross[e] * (ina ? t : 1 - t);
    }

    /** F at θ_s = 2πs/S for s = 0 … S − 1. */
    double[] scan(int samples) {
        double step = 2 * Math.PI / samples;
        double[] cos = new double[samples];
        double[] sin = new double[samples];
        for (int s = 0; s < samples; s++) {
            cos[s] = Math.cos(s * step);
            sin[s] = Math.sin(s * step);
        }
        double[] diff = new double[samples + 1];
        double[] exact = new double[samples];
        for (int e = 0; e < edges; e++) {
            // End a is inside for θ in [α_a + π/2, α_a + 3π/2], b likewise; δ = α_b − α_a in (−π, π].
            double alphaA = Math.atan2(ay[e], ax[e]);
            double delta = Math.atan2(ax[e] * by[e] - ay[e] * bx[e], ax[e] * bx[e] + ay[e] * by[e]);
            double startA = alphaA + Math.PI / 2;
            double startB = startA + delta;
            double fullFrom = Math.max(startA, startB);
            double fullTo = Math.min(startA, startB) + Math.PI;
            addArc(diff, fullFrom + MARGIN, fullTo - MARGIN, step, samples, halfCross[e]);
            // the two crossing arcs, widened by the margin, evaluated direction by direction
            double lo = Math.min(startA, startB);
            double hi = Math.max(startA, startB);
            evaluateArc(e, lo - MARGIN, hi + MARGIN, step, samples, cos, sin, exact);
            evaluateArc(e, lo + Math.PI - MARGIN, hi + Math.PI + MARGIN, step, samples, cos, sin, exact);
        }
        double[] f = new double[samples];
        double run = 0;
        for (int s = 0; s < samples; s++) {
            run += diff[s];
            f[s] = run + exact[s];
        }
        return f;
    }

    private void evaluateArc(int e, double from, double to, double step, int samples, double[] cos, double[] sin,
            double[] exact) {
        long first = (long) Math.ceil(from / step);
        long last = (long) Math.floor(to / step);
        for (long s = first; s <= last; s++) {
            int i = (int) Math.floorMod(s, (long) samples);
            exact[i] += contribution(e, cos[i], sin[i]);
        }
    }

    /** Adds {@code value} to every direction θ_s in the circular arc [from, to] (radians, unwrapped). */
    private static void addArc(double[] diff, double from, double to, double step, int samples, double value) {
        if (!(to >= from)) {
            return;
        }
        long first = (long) Math.ceil(from / step);
        long last = (long) Math.floor(to / step);
        if (last < first) {
            return;
        }
        if (last - first + 1 >= samples) {
            diff[0] += value;
            diff[samples] -= value;
            return;
        }
        int a = (int) Math.floorMod(first, (long) samples);
        int b = (int) Math.floorMod(last, (long) samples);
        if (a <= b) {
            diff[a] += value;
            diff[b + 1] -= value;
        } else {
            diff[a] += value;
            diff[samples] -= value;
            diff[0] += value;
            diff[b + 1] -= value;
        }
    }

    /** F restricted to θ in [lo, hi] (hi − lo at most π/2): constant edges summed once. */
    Bracket bracket(double lo, double hi) {
        double cl = Math.cos(lo);
        double sl = Math.sin(lo);
        double ch = Math.cos(hi);
        double sh = Math.sin(hi);
        double constant = 0;
        int[] varying = new int[edges];
        int count = 0;
        for (int e = 0; e < edges; e++) {
            double hal = cl * ax[e] + sl * ay[e];
            double hah = ch * ax[e] + sh * ay[e];
            double hbl = cl * bx[e] + sl * by[e];
            double hbh = ch * bx[e] + sh * by[e];
            // Within less than a half turn each end's level changes sign at most once.
            boolean aSteady = hal != 0 && hah != 0 && (hal < 0) == (hah < 0);
            boolean bSteady = hbl != 0 && hbh != 0 && (hbl < 0) == (hbh < 0);
            if (aSteady && bSteady && (hal < 0) == (hbl < 0)) {
                constant += hal < 0 ? halfCross[e] : 0;
            } else {
                varying[count++] = e;
            }
        }
        return new Bracket(constant, java.util.Arrays.copyOf(varying, count));
    }

    /** F on an interval of θ: the constant part and the edges that vary. */
    final class Bracket {
        private final double constant;
        private final int[] varying;

        private Bracket(double constant, int[] varying) {
            this.constant = constant;
            this.varying = varying;
        }

        double area(double theta) {
            double nx = Math.cos(theta);
            double ny = Math.sin(theta);
            double sum = constant;
            for (int e : varying) {
                sum += contribution(e, nx, ny);
            }
            return sum;
        }

        int varyingEdges() {
            return varying.length;
        }
    }
}
