package org.lastmile.survey.adjust;

/**
 * One observation linearized at the current coordinates: k rows (k = 1 or 2) over the active
 * columns it touches, the misclosures l = observed − computed, and its k×k covariance Σ and
 * weight P = Σ⁻¹ (row-major). Residuals are v = A·dx − l.
 */
final class LinearizedObservation {

    final int index;
    final int k;
    final int[] cols;
    final double[][] a;
    final double[] misclosure;
    final double[] covariance;
    final double[] weight;

    LinearizedObservation(int index, int[] cols, double[][] a, double[] misclosure, double[] covariance) {
        this.index = index;
        this.k = misclosure.length;
        this.cols = cols;
        this.a = a;
        this.misclosure = misclosure;
        this.covariance = covariance;
        this.weight = invert(covariance, k);
    }

    /** The same observation with its σ multiplied by {@code factor} (for continuation). */
    LinearizedObservation inflated(double factor) {
        double[] c = covariance.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] *= factor * factor;
        }
        return new LinearizedObservation(index, cols, a, misclosure, c);
    }

    private static double[] invert(double[] c, int k) {
        if (k == 1) {
            return new double[] {1 / c[0]};
        }
        double det = c[0] * c[3] - c[1] * c[2];
        return new double[] {c[3] / det, -c[1] / det, -c[2] / det, c[0] / det};
    }
}
