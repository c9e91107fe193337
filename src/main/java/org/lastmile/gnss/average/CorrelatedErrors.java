package org.lastmile.gnss.average;

/**
 * The statistics of a mean of time-correlated errors.
 *
 * <p><b>Effective sample size.</b> Consecutive GNSS fixes are not independent: the error of one
 * second is nearly that of the next. Modelled as a first-order autoregressive series with lag-1
 * autocorrelation ρ, n fixes carry the information of n_eff = n (1 − ρ) / (1 + ρ) independent
 * ones, so the σ of their mean is s / √n_eff, not s / √n.
 *
 * <p><b>Slow errors.</b> Atmospheric, orbit and multipath errors change over minutes and do not
 * show in a short series at all. Modelled as a first-order Gauss–Markov process with correlation
 * time τ, the variance of its mean over a span T is σ² · g(T/τ) with
 * g(x) = 2/x − 2(1 − e^−x)/x² (g(0) = 1: a few seconds of averaging remove nothing of it;
 * g(1) ≈ 0.74; g(10) ≈ 0.18).
 */
final class CorrelatedErrors {

    private CorrelatedErrors() {
    }

    static double mean(double[] x, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
        }
        return sum / n;
    }

    /** Sample standard deviation (n − 1); 0 for fewer than two values. */
    static double standardDeviation(double[] x, int n, double mean) {
        if (n < 2) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (x[i] - mean) * (x[i] - mean);
        }
        return Math.sqrt(sum / (n - 1));
    }

    /** Lag-1 autocorrelation of a series in time order, clamped to [0, 0.99]. */
    static double lag1(double[] x, int n, double mean) {
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - mean;
            denominator += d * d;
            if (i + 1 < n) {
                numerator += d * (x[i + 1] - mean);
            }
        }
        if (denominator == 0) {
            return 0;
        }
        return Math.min(0.99, Math.max(0, numerator / denominator));
    }

    /** n (1 − ρ) / (1 + ρ), at least 1. */
    static double effectiveSampleSize(int n, double rho) {
        return Math.max(1, n * (1 - rho) / (1 + rho));
    }

    /** g(T/τ), the variance factor of a Gauss–Markov error averaged over {@code span} seconds. */
    static double gaussMarkovFactor(double spanSeconds, double correlationSeconds) {
        double x = spanSeconds / correlationSeconds;
        if (x < 1e-6) {
            return 1;
        }
        return 2 / x - 2 * (1 - Math.exp(-x)) / (x * x);
    }
}
