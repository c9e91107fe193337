package org.lastmile.domain.sketch;

import java.util.Objects;

/**
 * A taped horizontal distance between two corners, on the ground, as the officer wrote it.
 *
 * @param id identity
 * @param from a corner id
 * @param to another corner id
 * @param lengthM the length, metres
 * @param typed the text as typed ("85.37"), kept so a slip can be shown as written
 */
public record Tape(String id, String from, String to, double lengthM, String typed) {

    public Tape {
        Objects.requireNonNull(id);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (from.equals(to)) {
            throw new SketchException(SketchError.SAME_CORNER, from);
        }
        if (!Double.isFinite(lengthM)) {
            throw new SketchException(SketchError.NOT_FINITE, typed);
        }
        if (!(lengthM > 0)) {
            throw new SketchException(SketchError.NOT_POSITIVE, lengthM);
        }
        typed = typed == null ? Double.toString(lengthM) : typed.strip();
    }

    /** Whether it joins these two corners (either way). */
    public boolean joins(String a, String b) {
        return from.equals(a) && to.equals(b) || from.equals(b) && to.equals(a);
    }

    public Tape withLength(double length, String text) {
        return new Tape(id, from, to, length, text);
    }
}
