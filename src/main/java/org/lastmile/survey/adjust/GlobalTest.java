package org.lastmile.survey.adjust;

/**
 * The global (overall model) test: with σ0 = 1 a priori, vᵀPv follows χ²(r); it passes when
 * vᵀPv lies between the α/2 and 1 − α/2 quantiles. Without redundancy (r = 0) nothing is tested
 * and the test is not applicable.
 *
 * @param vpv the weighted sum of squared residuals vᵀPv
 * @param dof the degrees of freedom r
 * @param alpha the significance level (0.05)
 * @param lower the α/2 quantile of χ²(r)
 * @param upper the 1 − α/2 quantile of χ²(r)
 * @param passed whether lower ≤ vᵀPv ≤ upper (true when not applicable)
 * @param applicable whether r &gt; 0
 */
public record GlobalTest(double vpv, int dof, double alpha, double lower, double upper, boolean passed,
        boolean applicable) {

    /** The two-sided test of vᵀPv against χ²(r) at level α. */
    public static GlobalTest of(double vpv, int dof, double alpha) {
        if (dof <= 0) {
            return new GlobalTest(vpv, dof, alpha, 0, 0, true, false);
        }
        double lower = ChiSquared.quantile(alpha / 2, dof);
        double upper = ChiSquared.quantile(1 - alpha / 2, dof);
        return new GlobalTest(vpv, dof, alpha, lower, upper, vpv >= lower && vpv <= upper, true);
    }
}
