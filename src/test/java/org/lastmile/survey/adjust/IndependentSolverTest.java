package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares the adjustment with an independent solver. GNU Gama is not packaged for this machine's
 * Debian, so the reference values below were computed by scripts/independent_lsq.py (Debian
 * python3-numpy 2.4 / python3-scipy 1.17): MINPACK Levenberg–Marquardt (scipy least_squares,
 * method 'lm', 'trf' when a free network has fewer values than unknowns) on whitened residuals
 * with a finite-difference Jacobian (solved as a shift from a local origin, restarted at the
 * solution until it stops moving), and statistics from a central-difference Jacobian and the
 * Moore–Penrose pseudo-inverse of the normal matrix. No code or derivative is shared with the
 * Java implementation.
 *
 * <pre>
 * python3 scripts/independent_lsq.py src/test/resources/org/lastmile/survey/adjust/field.json
 * python3 scripts/independent_lsq.py src/test/resources/org/lastmile/survey/adjust/pentagon.json [--reject 0]
 * </pre>
 */
class IndependentSolverTest {

    /** field.json (GNSS with a correlated covariance, tapes, grid bearings, a compass, a known coordinate, an offset). */
    private static final Map<String, double[]> FIELD_POINTS = Map.of(
            "A", new double[] {633511.0032, 4132101.1356},
            "C", new double[] {633630.5129, 4132052.0725},
            "E", new double[] {633540.5869, 4131985.5115},
            "B", new double[] {633593.7649, 4132121.9129},
            "D", new double[] {633599.9858, 4132000.0242},
            "F", new double[] {633488.3134, 4132032.4931},
            "G", new double[] {633562.2113, 4132105.3413});
    private static final double FIELD_OMEGA = 0.028231496;
    private static final double FIELD_VPV = 9.386307;
    private static final double[] FIELD_RESIDUALS = {1.09324, -0.91639, 3.73689, 1.46449, 0.63293, 1.38447, 0.40190, 0.18886, 0.00286, -0.00474, 0.01510, 0.01510,
        0.00668, 0.00345, -0.07420, -0.02669, -0.03839, -0.01713, 0.01951, 0.04792, -0.00057, -0.00297, 0.01447,
        0.00568, -0.02015, -0.00220, -0.00081, -0.00308, -0.00576};
    private static final double[] FIELD_REDUNDANCY = {0.96418, 0.97256, 0.98531, 0.99451, 0.99890, 0.98775, 0.86599, 0.99994, 0.02600, 0.16847, 0.17607, 0.13410,
        0.02971, 0.00601, 0.42525, 0.20529, 0.27406, 0.06689, 0.69904, 0.46011, 0.59918, 0.59969, 0.65821, 0.65945,
        0.66575, 0.00147, 0.00226, 0.31611, 0.05773};
    private static final double[] FIELD_W = {0.3711, -0.3097, 1.5059, 0.5874, 0.2111, 0.4643, 0.1763, 0.0501, 0.3924, -0.2735, 1.0672, 1.2107, 1.0141,
        1.1369, -1.7157, -0.9370, -1.2664, -1.1023, 0.7842, 1.5413, -0.0848, -0.4388, 1.0217, 0.4009, -1.4149,
        -1.1452, -0.3388, -0.2741, -1.1978};

    /** pentagon.json with all ten tapes (free network, r = 3). */
    private static final double PENTAGON_VPV = 80657.926786;
    private static final double[] PENTAGON_RESIDUALS = {5.93921, -11.76477, -2.35447, 2.87627, 4.24712, -2.76997, -11.04488, 2.99102, -0.30112, 1.99207};
    private static final double[] PENTAGON_REDUNDANCY = {0.22756, 0.48633, 0.31509, 0.14151, 0.14499, 0.34820,
        0.51951, 0.13846, 0.56441, 0.11396};
    private static final double[] PENTAGON_W = {283.9971, -197.3235, -59.8175, 218.7357, 200.2613, -58.7671, -219.9882, 113.6425, -4.2302, 115.2474};

    /** pentagon.json without tape 0 (--reject 0, r = 2). */
    private static final double PENTAGON_CLEAN_VPV = 0.027412;
    private static final double[] PENTAGON_CLEAN_RESIDUALS = {0.00011, -0.00010, 0.00002, 0.00189, -0.00612, 0.00406,
        0.00427, -0.01043, 0.00179};
    private static final double[] PENTAGON_CLEAN_REDUNDANCY = {0.23039, 0.33401, 0.05318, 0.06477, 0.33132, 0.19214,
        0.13302, 0.54626, 0.11492};

    @Test
    void mixedNetworkCoordinatesAgreeToATenthOfAMillimetre() {
        for (boolean withStart : new boolean[] {true, false}) {
            AdjustmentResult r = Adjustment.adjust(NetworkFiles.load("field.json", withStart));
            assertThat(r.blunders()).isEmpty();
            FIELD_POINTS.forEach((id, en) -> {
                AdjustedPoint p = r.point(id).orElseThrow();
                assertThat(p.e()).as(id + " E").isCloseTo(en[0], within(1e-4));
                assertThat(p.n()).as(id + " N").isCloseTo(en[1], within(1e-4));
            });
            assertThat(r.orientations().get("K1")).isCloseTo(FIELD_OMEGA, within(1e-8));
            assertThat(r.vpv()).isCloseTo(FIELD_VPV, within(1e-5));
            assertThat(r.degreesOfFreedom()).isEqualTo(14);
            assertThat(flatten(r, "residual")).containsExactly(FIELD_RESIDUALS, within(1e-5));
            assertThat(flatten(r, "redundancy")).containsExactly(FIELD_REDUNDANCY, within(1e-5));
            assertThat(flatten(r, "w")).containsExactly(FIELD_W, within(1e-4));
        }
    }

    @Test
    void freePentagonWithTheSlipAgreesInEveryDatumFreeQuantity() {
        AdjustmentResult all = new Adjustment(AdjustmentOptions.defaults().withMaxRejections(0))
                .run(NetworkFiles.load("pentagon.json", false));
        assertThat(all.freeNetwork()).isTrue();
        assertThat(all.degreesOfFreedom()).isEqualTo(3);
        assertThat(all.vpv()).isCloseTo(PENTAGON_VPV, within(1e-3));
        // Residuals of up to 12 m in this distorted network: agreement to 0.1 mm (relative 1e−5).
        assertThat(flatten(all, "residual")).containsExactly(PENTAGON_RESIDUALS, within(1e-4));
        assertThat(flatten(all, "redundancy")).containsExactly(PENTAGON_REDUNDANCY, within(1e-5));
        assertThat(flatten(all, "w")).containsExactly(PENTAGON_W, within(1e-3));
    }

    @Test
    void freePentagonAfterRejectingTheSlipAgrees() {
        AdjustmentResult r = Adjustment.adjust(NetworkFiles.load("pentagon.json", false));
        assertThat(r.blunders()).extracting(Blunder::index).containsExactly(0);
        assertThat(r.vpv()).isCloseTo(PENTAGON_CLEAN_VPV, within(1e-6));
        List<Double> v = new ArrayList<>();
        List<Double> red = new ArrayList<>();
        for (ObservationResult o : r.observations()) {
            if (!o.rejected()) {
                v.add(o.residual()[0]);
                red.add(o.redundancy()[0]);
            }
        }
        assertThat(v.stream().mapToDouble(Double::doubleValue).toArray())
                .containsExactly(PENTAGON_CLEAN_RESIDUALS, within(1e-5));
        assertThat(red.stream().mapToDouble(Double::doubleValue).toArray())
                .containsExactly(PENTAGON_CLEAN_REDUNDANCY, within(1e-5));
    }

    static double[] flatten(AdjustmentResult r, String what) {
        List<Double> out = new ArrayList<>();
        for (ObservationResult o : r.observations()) {
            double[] values = switch (what) {
                case "residual" -> o.residual();
                case "redundancy" -> o.redundancy();
                default -> o.w();
            };
            for (double v : values) {
                out.add(v);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
