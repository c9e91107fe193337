package org.lastmile.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.lastmile.survey.adjust.Adjustment;
import org.lastmile.survey.adjust.AdjustmentOptions;
import org.lastmile.survey.adjust.AdjustmentResult;
import org.lastmile.survey.adjust.Network;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budgets (DESIGN.md, issue 3): adjust a 500-corner pasture network (≈1,500 observations) with all
 * statistics in ≤ 200 ms, a 10-corner field in ≤ 5 ms.
 *
 * <p>The pasture: 500 plot corners on a 25 × 20 grid 50 m apart (1.2 × 0.95 km), each with a
 * handheld GNSS position (σ 3 m), every grid edge taped (955 tapes) and one diagonal in every
 * fourth cell (45): 1,500 observations, 2,000 observed values, 1,000 unknowns. "All statistics" is
 * what {@link Adjustment#run} returns: redundancy numbers, w, MDB, global test, data snooping,
 * absolute ellipses of every point and relative ellipses of every taped pair. {@code pastureSlip}
 * adds one tape written with two digits swapped (snooping rejects it, the slip search re-adjusts
 * each candidate). {@code pastureAreaCovariance} is the full 1,000 × 1,000 covariance of the
 * boundary that the σ of its area needs. The field: 10 corners, sides and 7 diagonals, 3 GNSS.
 *
 * <p>Baseline from the same run: a plain dense Cholesky factorization and solve of an SPD matrix of
 * the pasture's order (1,000), i.e. one Gauss–Newton step without exploiting the envelope.
 *
 * <p>Run: {@code scripts/bench Adjust}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdjustBenchmark {

    private Network pasture;
    private Network pastureSlip;
    private Network field;
    private AdjustmentResult pastureResult;
    private List<String> boundary;
    private double[][] dense;
    private Network fieldSlip;
    private final Adjustment adjustment = new Adjustment(AdjustmentOptions.defaults());
    /** Plain data snooping: the same adjustment without the robust first solution (issue 13). */
    private final Adjustment plain = new Adjustment(AdjustmentOptions.defaults().withRobustStart(false));

    @Setup
    public void setUp() {
        Random rnd = new Random(500);
        pasture = grid(25, 20, 50, 3.0, rnd, -1);
        pastureSlip = grid(25, 20, 50, 3.0, new Random(500), 137);
        field = ring(10, 60, 3, 3.0, 3, new Random(10), -1);
        fieldSlip = ring(10, 60, 3, 3.0, 3, new Random(10), 4);
        pastureResult = adjustment.run(pasture);
        boundary = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            boundary.add("P" + i);
        }
        int n = 1000;
        dense = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = i == j ? n : rnd.nextDouble() - 0.5;
                dense[i][j] = v;
                dense[j][i] = v;
            }
        }
    }

    /**
     * A grid of nx × ny corners {@code step} metres apart (perturbed by up to 5 m), every edge
     * taped, a diagonal in every fourth cell, GNSS on every corner; the tape {@code slip} (if ≥ 0)
     * has its first two digits swapped.
     */
    static Network grid(int nx, int ny, double step, double gnssSigma, Random rnd, int slip) {
        double[][] p = new double[nx * ny][2];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                p[i * ny + j][0] = 611000 + i * step + 10 * (rnd.nextDouble() - 0.5);
                p[i * ny + j][1] = 4069000 + j * step + 10 * (rnd.nextDouble() - 0.5);
            }
        }
        List<Observation> obs = new ArrayList<>();
        int cell = 0;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int a = i * ny + j;
                if (i + 1 < nx) {
                    tape(obs, p, a, a + ny, rnd, slip);
                }
                if (j + 1 < ny) {
                    tape(obs, p, a, a + 1, rnd, slip);
                }
                if (i + 1 < nx && j + 1 < ny && cell++ % 4 == 0) {
                    tape(obs, p, a, a + ny + 1, rnd, slip);
                }
            }
        }
        for (int a = 0; a < p.length; a++) {
            obs.add(PointPosition.gnss("P" + a, p[a][0] + gnssSigma * rnd.nextGaussian(),
                    p[a][1] + gnssSigma * rnd.nextGaussian(), gnssSigma));
        }
        return Network.of(obs);
    }

    private static void tape(List<Observation> obs, double[][] p, int i, int j, Random rnd, int slip) {
        double d = Math.hypot(p[j][0] - p[i][0], p[j][1] - p[i][1]);
        double sigma = TapeDistance.defaultSigma(d, 0.01);
        double written = Math.round((d + sigma * rnd.nextGaussian()) * 1000) / 1000.0;
        if (obs.size() == slip) {
            written = swapFirstDigits(written);
        }
        obs.add(new TapeDistance("P" + i, "P" + j, written, sigma));
    }

    /**
     * A ring of n corners with radius r: sides, ties from i to i + 2 … i + ties, GNSS on
     * {@code gnss} corners spread evenly; the tape {@code slip} (if ≥ 0) has two digits swapped.
     */
    static Network ring(int n, double radius, int ties, double gnssSigma, int gnss, Random rnd, int slip) {
        double[][] p = new double[n][2];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * (i + 0.3 * rnd.nextDouble()) / n;
            double r = radius * (0.97 + 0.06 * rnd.nextDouble());
            p[i][0] = 611630 + r * Math.sin(a);
            p[i][1] = 4069495 + r * Math.cos(a);
        }
        List<Observation> obs = new ArrayList<>();
        for (int k = 1; k <= ties; k++) {
            for (int i = 0; i < n; i++) {
                int j = (i + k) % n;
                double d = Math.hypot(p[j][0] - p[i][0], p[j][1] - p[i][1]);
                double sigma = TapeDistance.defaultSigma(d, 0.01);
                double written = Math.round((d + sigma * rnd.nextGaussian()) * 1000) / 1000.0;
                if (obs.size() == slip) {
                    written = swapFirstDigits(written);
                }
                obs.add(new TapeDistance("P" + i, "P" + j, written, sigma));
            }
        }
        for (int g = 0; g < gnss; g++) {
            int i = g * n / gnss;
            obs.add(PointPosition.gnss("P" + i, p[i][0] + gnssSigma * rnd.nextGaussian(),
                    p[i][1] + gnssSigma * rnd.nextGaussian(), gnssSigma));
        }
        return Network.of(obs);
    }

    private static double swapFirstDigits(double v) {
        char[] c = String.format(java.util.Locale.ROOT, "%.3f", v).toCharArray();
        char t = c[0];
        c[0] = c[1] == '.' ? c[2] : c[1];
        if (c[1] == '.') {
            c[2] = t;
        } else {
            c[1] = t;
        }
        return Double.parseDouble(new String(c));
    }

    @Benchmark
    public AdjustmentResult pasture() {
        return adjustment.run(pasture);
    }

    @Benchmark
    public AdjustmentResult pastureSlip() {
        return adjustment.run(pastureSlip);
    }

    @Benchmark
    public double[][] pastureAreaCovariance() {
        return pastureResult.covariance(boundary);
    }

    @Benchmark
    public AdjustmentResult field() {
        return adjustment.run(field);
    }

    /** Issue 13: the field with one tape written with two digits swapped, with the robust start. */
    @Benchmark
    public AdjustmentResult fieldSlip() {
        return adjustment.run(fieldSlip);
    }

    /** The same without the robust start (plain data snooping), same run. */
    @Benchmark
    public AdjustmentResult fieldSlipPlain() {
        return plain.run(fieldSlip);
    }

    /** The clean field without the robust start. */
    @Benchmark
    public AdjustmentResult fieldPlain() {
        return plain.run(field);
    }

    /** Issue 13: the pasture with a slip, without the robust start (plain data snooping), same run. */
    @Benchmark
    public AdjustmentResult pastureSlipPlain() {
        return plain.run(pastureSlip);
    }

    /** Baseline: dense Cholesky of an SPD matrix of order 1,000 and one solve. */
    @Benchmark
    public double[] denseCholeskyBaseline() {
        int n = dense.length;
        double[][] l = new double[n][];
        for (int i = 0; i < n; i++) {
            l[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) {
                double s = dense[i][j];
                double[] li = l[i];
                double[] lj = l[j];
                for (int k = 0; k < j; k++) {
                    s -= li[k] * lj[k];
                }
                li[j] = i == j ? Math.sqrt(s) : s / lj[j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 1;
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            y[i] /= l[i][i];
            for (int k = 0; k < i; k++) {
                y[k] -= l[i][k] * y[i];
            }
        }
        return y;
    }
}
