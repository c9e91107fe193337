package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The envelope factorization, solve and sparse inverse subset against a dense Gauss–Jordan inverse. */
class EnvelopeCholeskyTest {

    @Test
    void solveAndInverseSubsetMatchTheDenseInverse() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5 + rnd.nextInt(40);
            int[] first = new int[n];
            for (int i = 0; i < n; i++) {
                first[i] = Math.max(0, i - rnd.nextInt(6));
            }
            // A = B Bᵀ + n I restricted to the envelope pattern is not SPD in general: build B lower
            // banded within the envelope instead, so that N = B Bᵀ has its envelope inside `first`.
            double[][] dense = new double[n][n];
            EnvelopeMatrix m = new EnvelopeMatrix(first);
            for (int i = 0; i < n; i++) {
                for (int j = first[i]; j <= i; j++) {
                    double v = i == j ? n + rnd.nextDouble() : rnd.nextDouble() - 0.5;
                    dense[i][j] = v;
                    dense[j][i] = v;
                    m.addLower(i, j, v);
                }
            }
            double[][] inverse = SmallMatrix.inverse(dense);
            EnvelopeCholesky chol = EnvelopeCholesky.factor(m);
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = rnd.nextGaussian();
            }
            double[] x = chol.solve(b);
            for (int i = 0; i < n; i++) {
                double expected = 0;
                for (int j = 0; j < n; j++) {
                    expected += inverse[i][j] * b[j];
                }
                assertThat(x[i]).isCloseTo(expected, within(1e-12));
            }
            EnvelopeMatrix z = chol.inverseSubset();
            for (int i = 0; i < n; i++) {
                for (int j = first[i]; j <= i; j++) {
                    assertThat(z.get(i, j)).as("(%d,%d)", i, j).isCloseTo(inverse[i][j], within(1e-12));
                }
            }
        }
    }

    @Test
    void aSingularMatrixNamesItsColumn() {
        EnvelopeMatrix m = new EnvelopeMatrix(new int[] {0, 0, 1});
        m.addLower(0, 0, 1);
        m.addLower(1, 0, 1);
        m.addLower(1, 1, 1); // rows 0 and 1 equal: singular at column 1
        m.addLower(2, 2, 1);
        assertThatThrownBy(() -> EnvelopeCholesky.factor(m))
                .isInstanceOfSatisfying(EnvelopeCholesky.SingularMatrixException.class,
                        e -> assertThat(e.column()).isEqualTo(1));
    }

    @Test
    void reverseCuthillMcKeeKeepsAPathBanded() {
        // A path 0-5-2-7-1-9-3-8-4-6 numbered badly: RCM must give bandwidth 1.
        int[] path = {0, 5, 2, 7, 1, 9, 3, 8, 4, 6};
        int[][] adjacency = new int[10][];
        for (int k = 0; k < path.length; k++) {
            int a = path[k];
            adjacency[a] = k == 0 ? new int[] {path[1]}
                    : k == path.length - 1 ? new int[] {path[k - 1]} : new int[] {path[k - 1], path[k + 1]};
        }
        int[] order = ReverseCuthillMcKee.order(adjacency);
        int[] position = new int[10];
        for (int k = 0; k < 10; k++) {
            position[order[k]] = k;
        }
        for (int k = 0; k + 1 < path.length; k++) {
            assertThat(Math.abs(position[path[k]] - position[path[k + 1]])).isEqualTo(1);
        }
    }
}
