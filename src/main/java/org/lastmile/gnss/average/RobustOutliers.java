package org.lastmile.gnss.average;

import java.util.Arrays;

/**
 * Outliers by the modified z-score of Iglewicz and Hoaglin: z = 0.6745 · (x − median) / MAD, where
 * MAD is the median absolute deviation; a value with |z| above the cutoff (3.5 by default) is an
 * outlier. Unlike a mean and standard deviation, median and MAD are not dragged by the outliers
 * themselves. The MAD is floored at {@link #MIN_MAD} metres so that a receiver whose positions are
 * quantized (many identical values, MAD 0) does not make every other fix an outlier.
 */
final class RobustOutliers {

    static final double MIN_MAD = 0.05;

    private RobustOutliers() {
    }

    /** Marks in {@code outlier} the values of {@code x} that are outliers (leaves others untouched). */
    static void mark(double[] x, int n, double cutoff, boolean[] outlier) {
        double median = median(x, n);
        double[] deviations = new double[n];
        for (int i = 0; i < n; i++) {
            deviations[i] = Math.abs(x[i] - median);
        }
        double mad = Math.max(median(deviations, n), MIN_MAD);
        for (int i = 0; i < n; i++) {
            if (0.6745 * deviations[i] / mad > cutoff) {
                outlier[i] = true;
            }
        }
    }

    static double median(double[] x, int n) {
        double[] sorted = Arrays.copyOf(x, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
