package org.lastmile.survey.tape;

/** On which side of a directed line (from → to) a new point lies, as seen from the sketch. */
public enum Side {
    LEFT, RIGHT;

    /** +1 for left, −1 for right. */
    double sign() {
        return this == LEFT ? 1 : -1;
    }
}
