package org.lastmile.survey.observation;

/** Argument checks shared by the observation records. */
final class Checks {

    private Checks() {
    }

    static void finite(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("not a finite number: " + v);
            }
        }
    }

    static void positive(double sigma, String what) {
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException(what + " must be positive: " + sigma);
        }
    }

    static void distinct(String a, String b) {
        if (a.equals(b)) {
            throw new IllegalArgumentException("an observation needs two different points: " + a);
        }
    }
}
