package org.lastmile.domain.sketch;

import org.lastmile.common.CamelCase;

/** Why an edit of a sketch is refused; each has a message key. */
public enum SketchError {
    /** A name is empty. */
    BLANK_NAME,
    /** A coordinate or length is not a finite number. Argument: what. */
    NOT_FINITE,
    /** An element names a corner the sketch does not have. Argument: the corner. */
    UNKNOWN_CORNER,
    /** No element with this id. Argument: the id. */
    UNKNOWN_ELEMENT,
    /** Two corners with the same name. Argument: the name. */
    DUPLICATE_NAME,
    /** A tape or bearing from a corner to itself. Argument: the corner. */
    SAME_CORNER,
    /** A length is zero or negative. Argument: the value. */
    NOT_POSITIVE,
    /** A ring has fewer than three corners. */
    SHORT_RING,
    /** A corner is still used by a tape, a ring or a marker. Arguments: the corner, what uses it. */
    CORNER_IN_USE,
    /** The sketch belongs to a sealed record and can no longer change. */
    FROZEN;

    public String messageKey() {
        return "sketch.error." + CamelCase.of(name());
    }
}
