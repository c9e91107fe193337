package org.lastmile.survey.observation;

import java.util.List;
import java.util.Objects;

/**
 * A point located from a baseline A→B by chainage and offset (a chain survey):
 * point = A + c·u + o·v, with u the unit vector from A to B and v = u turned 90°
 * counter-clockwise: <b>offsets are positive to the left</b> of A → B (as in
 * {@code org.lastmile.survey.tape.BaselineOffsets}). Chainage c and offset o are two observed
 * values in metres, each with standard deviation {@code sigma}.
 *
 * @param a id of the baseline's start
 * @param b id of the baseline's end (defines the direction only)
 * @param point id of the located point
 * @param chainage c, metres along the baseline from A
 * @param offset o, metres to the left of the baseline (negative: to the right)
 * @param sigma standard deviation of c and of o, metres
 */
public record BaselineOffset(String a, String b, String point, double chainage, double offset, double sigma)
        implements Observation {

    public BaselineOffset {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(point, "point");
        Checks.distinct(a, b);
        Checks.distinct(a, point);
        Checks.distinct(b, point);
        Checks.finite(chainage, offset);
        Checks.positive(sigma, "sigma");
    }

    @Override
    public ObservationType type() {
        return ObservationType.OFFSET;
    }

    @Override
    public int components() {
        return 2;
    }

    @Override
    public List<String> points() {
        return List.of(a, b, point);
    }

    @Override
    public double sigma(int i) {
        return sigma;
    }
}
