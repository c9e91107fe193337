package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quantiles against printed χ² tables (NIST/SEMATECH e-Handbook 1.3.6.7.4 and the usual textbook
 * tables), to half a unit of the last printed digit; scipy.stats.chi2.ppf agrees.
 */
class ChiSquaredTest {

    @ParameterizedTest
    @CsvSource({
        "1, 0.025, 0.000982, 5e-7", "1, 0.975, 5.024, 5e-4", "1, 0.95, 3.841, 5e-4",
        "2, 0.025, 0.0506, 5e-5", "2, 0.975, 7.378, 5e-4", "2, 0.95, 5.991, 5e-4",
        "3, 0.025, 0.216, 5e-4", "3, 0.975, 9.348, 5e-4",
        "5, 0.025, 0.831, 5e-4", "5, 0.975, 12.833, 5e-4",
        "10, 0.025, 3.247, 5e-4", "10, 0.975, 20.483, 5e-4",
        "30, 0.025, 16.791, 5e-4", "30, 0.975, 46.979, 5e-4",
        "100, 0.025, 74.222, 5e-4", "100, 0.975, 129.561, 5e-4",
        "1000, 0.025, 914.257, 5e-4", "1000, 0.975, 1089.531, 5e-4"})
    void quantilesMatchTables(int nu, double p, double table, double halfUnit) {
        double q = ChiSquared.quantile(p, nu);
        assertThat(q).isCloseTo(table, within(halfUnit)); // the table is rounded to its last digit
        assertThat(ChiSquared.cdf(q, nu)).isCloseTo(p, within(1e-12));
    }

    @Test
    void theNormalQuantileAndGammaAreRight() {
        assertThat(ChiSquared.normalQuantile(0.975)).isCloseTo(1.959964, within(1e-6));
        assertThat(ChiSquared.lnGamma(10)).isCloseTo(Math.log(362880), within(1e-12));
        assertThat(ChiSquared.lnGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-12));
        // χ²(2) is exponential: P(X ≤ x) = 1 − e^(−x/2)
        assertThat(ChiSquared.cdf(3.0, 2)).isCloseTo(1 - Math.exp(-1.5), within(1e-14));
    }

    @Test
    void theGlobalTestIsTwoSided() {
        assertThat(GlobalTest.of(3.0, 3, 0.05).passed()).isTrue();
        assertThat(GlobalTest.of(10.0, 3, 0.05).passed()).isFalse();
        assertThat(GlobalTest.of(0.1, 3, 0.05).passed()).isFalse();
        assertThat(GlobalTest.of(0.0, 0, 0.05).applicable()).isFalse();
    }
}
