package org.lastmile.ui.sketch.canvas;

/** Round lengths for grid lines and the scale bar: 1, 2 or 5 times a power of ten. */
public final class NiceStep {

    private NiceStep() {
    }

    /** The smallest 1-2-5 length not below {@code metres}. */
    public static double atLeast(double metres) {
        if (!(metres > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(metres)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= metres * (1 - 1e-12)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** The largest 1-2-5 length not above {@code metres}. */
    public static double atMost(double metres) {
        if (!(metres > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(metres)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * power <= metres * (1 + 1e-12)) {
                return m * power;
            }
        }
        return power;
    }
}
