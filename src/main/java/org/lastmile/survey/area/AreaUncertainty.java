package org.lastmile.survey.area;

import java.util.List;
import org.lastmile.survey.crs.PlanePoint;

/**
 * The standard deviation of a shoelace area from the covariance of its corners, by propagation
 * σ_A² = J Σ J' with the gradient of A = ½ Σ (E_i N_{i+1} − E_{i+1} N_i):
 *
 * <pre>  ∂A/∂E_i = (N_{i+1} − N_{i−1}) / 2,   ∂A/∂N_i = (E_{i−1} − E_{i+1}) / 2</pre>
 *
 * (indices modulo n; the signs are those of a counter-clockwise ring, and σ_A does not depend on
 * the orientation). Use the full covariance of an adjustment: the correlations between corners
 * change σ_A.
 */
public final class AreaUncertainty {

    private AreaUncertainty() {
    }

    /**
     * The gradient J of the signed area with respect to the coordinates, in the order
     * E0, N0, E1, N1, …, metres (m² per m).
     *
     * @param ring the corners (E, N in metres) in ring order, without repeating the first
     */
    public static double[] gradient(List<PlanePoint> ring) {
        int n = ring.size();
        double[] j = new double[2 * n];
        for (int i = 0; i < n; i++) {
            PlanePoint prev = ring.get((i + n - 1) % n);
            PlanePoint next = ring.get((i + 1) % n);
            j[2 * i] = (next.n() - prev.n()) / 2;
            j[2 * i + 1] = (prev.e() - next.e()) / 2;
        }
        return j;
    }

    /**
     * σ_A in m² from the full covariance of the corners.
     *
     * @param ring       the corners (E, N in metres) in ring order, without repeating the first
     * @param covariance 2n × 2n, symmetric, m², rows and columns in the order E0, N0, E1, N1, …
     */
    public static double sigma(List<PlanePoint> ring, double[][] covariance) {
        int size = 2 * ring.size();
        if (ring.size() < 3 || covariance.length != size) {
            throw new IllegalArgumentException("need a " + size + "×" + size + " covariance for "
                    + ring.size() + " corners, got " + covariance.length + " rows");
        }
        double[] j = gradient(ring);
        double variance = 0;
        for (int r = 0; r < size; r++) {
            if (covariance[r].length != size) {
                throw new IllegalArgumentException("covariance row " + r + " has " + covariance[r].length
                        + " columns, expected " + size);
            }
            double row = 0;
            for (int c = 0; c < size; c++) {
                row += covariance[r][c] * j[c];
            }
            variance += j[r] * row;
        }
        return Math.sqrt(Math.max(variance, 0));
    }

    /**
     * σ_A in m² when every corner has the same independent error: σ_E = σ_N = m/√2 with
     * m² = σ_E² + σ_N², giving the textbook σ_A = m·√(Σ D_i² / 8), D_i = |P_{i+1} − P_{i−1}|
     * (m × side for a square).
     *
     * @param pointErrorM m in metres (the mean square position error of one corner)
     */
    public static double sigmaEqualErrors(List<PlanePoint> ring, double pointErrorM) {
        int n = ring.size();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            PlanePoint prev = ring.get((i + n - 1) % n);
            PlanePoint next = ring.get((i + 1) % n);
            double d = prev.distanceTo(next);
            sum += d * d;
        }
        return pointErrorM * Math.sqrt(sum / 8);
    }
}
