package org.lastmile.domain.sketch;

/** The kind of a boundary marker (界桩), as the cadastral rules list them. */
public enum MarkerType {
    CONCRETE_POST("sketch.marker.concretePost"),
    STONE("sketch.marker.stone"),
    STEEL_NAIL("sketch.marker.steelNail"),
    PAINT("sketch.marker.paint"),
    WOODEN_STAKE("sketch.marker.woodenStake");

    private final String messageKey;

    MarkerType(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
