package org.lastmile.survey.adjust;

/**
 * The χ² distribution with ν degrees of freedom: distribution function by the regularized
 * incomplete gamma function (series below a + 1, continued fraction above), and quantiles by
 * Newton's method from the Wilson–Hilferty approximation, safeguarded by bisection.
 */
public final class ChiSquared {

    private static final double EPS = 1e-15;

    private ChiSquared() {
    }

    /** P(X ≤ x) for X ~ χ²(ν). */
    public static double cdf(double x, double nu) {
        if (x <= 0) {
            return 0;
        }
        return regularizedGammaP(nu / 2, x / 2);
    }

    /** The x with P(X ≤ x) = p for X ~ χ²(ν), 0 &lt; p &lt; 1, ν &gt; 0. */
    public static double quantile(double p, double nu) {
        if (!(p > 0 && p < 1) || !(nu > 0)) {
            throw new IllegalArgumentException("p = " + p + ", nu = " + nu);
        }
        // Wilson–Hilferty: (X/ν)^(1/3) is nearly normal with mean 1 − 2/(9ν), variance 2/(9ν).
        double z = normalQuantile(p);
        double c = 2 / (9 * nu);
        double x = nu * Math.pow(Math.max(1 - c + z * Math.sqrt(c), 1e-3), 3);
        double lo = 0;
        double hi = Math.max(2 * x, nu + 20 * Math.sqrt(2 * nu) + 50);
        while (cdf(hi, nu) < p) {
            hi *= 2;
        }
        for (int i = 0; i < 200; i++) {
            double f = cdf(x, nu) - p;
            if (f > 0) {
                hi = Math.min(hi, x);
            } else {
                lo = Math.max(lo, x);
            }
            double density = Math.exp((nu / 2 - 1) * Math.log(x) - x / 2 - (nu / 2) * Math.log(2) - lnGamma(nu / 2));
            double next = x - f / density;
            if (!(next > lo && next < hi) || !Double.isFinite(next)) {
                next = (lo + hi) / 2;
            }
            if (Math.abs(next - x) <= 1e-14 * Math.max(1, x)) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** ln Γ(a) for a &gt; 0 (Lanczos, g = 7, n = 9). */
    static double lnGamma(double a) {
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        if (a < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * a))) - lnGamma(1 - a);
        }
        a -= 1;
        double x = c[0];
        double t = a + 7.5;
        for (int i = 1; i < 9; i++) {
            x += c[i] / (a + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (a + 0.5) * Math.log(t) - t + Math.log(x);
    }

    /** P(a, x) = γ(a, x) / Γ(a). */
    static double regularizedGammaP(double a, double x) {
        if (x < a + 1) {
            double term = 1 / a;
            double sum = term;
            for (int n = 1; n < 10000; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * EPS) {
                    break;
                }
            }
            return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
        }
        // Continued fraction for Q(a, x) (modified Lentz).
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                break;
            }
        }
        return 1 - Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
    }

    /** The standard normal quantile (Acklam's rational approximation, relative error &lt; 1.2e−9). */
    static double normalQuantile(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            return -normalQuantile(1 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
