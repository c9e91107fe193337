package org.lastmile.domain.sketch;

/** Features drawn around the parcel as symbols with labels. */
public enum LandmarkKind {
    ROAD("sketch.landmark.road"),
    CANAL("sketch.landmark.canal"),
    WATER_SOURCE("sketch.landmark.waterSource"),
    BUILDING("sketch.landmark.building"),
    TREE("sketch.landmark.tree"),
    WELL("sketch.landmark.well");

    private final String messageKey;

    LandmarkKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Whether it is drawn as a line through its points (road, canal) rather than a point or outline. */
    public boolean linear() {
        return this == ROAD || this == CANAL;
    }
}
