package org.lastmile.survey.tape;

/** Why tape measurements do not make a shape; each code has a message key. */
public enum TapeError {
    /** A length that is not a positive number (args: the value). */
    NOT_POSITIVE("survey.tape.error.notPositive"),
    /** Three sides that do not close a triangle (args: a, b, c in m). */
    TRIANGLE_INEQUALITY("survey.tape.error.triangleInequality"),
    /** A point that has not been placed yet (args: its id). */
    UNKNOWN_POINT("survey.tape.error.unknownPoint"),
    /** A bearing that cannot be read (args: the text). */
    BAD_BEARING("survey.tape.error.badBearing"),
    /** Measurements that do not fit the shape asked for (args: what was expected, what was given). */
    WRONG_COUNT("survey.tape.error.wrongCount");

    private final String messageKey;

    TapeError(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the message. */
    public String messageKey() {
        return messageKey;
    }
}
