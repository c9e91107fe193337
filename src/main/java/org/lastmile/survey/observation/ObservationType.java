package org.lastmile.survey.observation;

/** The kinds of observation, with the name used in site files and JSON output. */
public enum ObservationType {
    /** A position from a GNSS receiver (averaged fixes). */
    GNSS("gnss"),
    /** A coordinate taken from a survey file or a land certificate. */
    COORDINATE("coordinate"),
    /** A horizontal distance taped between two corners. */
    TAPE("tape"),
    /** A compass bearing from one corner to another. */
    BEARING("bearing"),
    /** A chainage and offset of a point from a baseline between two corners. */
    OFFSET("offset");

    private final String code;

    ObservationType(String code) {
        this.code = code;
    }

    /** The lower-case name of the type in files and JSON ({@code tape}, {@code gnss}, ...). */
    public String code() {
        return code;
    }
}
