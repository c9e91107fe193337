package org.lastmile.ui.sketch.field;

import java.util.Optional;
import org.lastmile.domain.sketch.LandmarkKind;

/** What one thing of a field file becomes on the sketch: nothing, corners, or a landmark of a kind. */
public enum FieldFileUse {
    SKIP("sketch.fieldFile.use.skip", null),
    CORNER("sketch.fieldFile.use.corner", null),
    ROAD(null, LandmarkKind.ROAD),
    CANAL(null, LandmarkKind.CANAL),
    WATER_SOURCE(null, LandmarkKind.WATER_SOURCE),
    BUILDING(null, LandmarkKind.BUILDING),
    TREE(null, LandmarkKind.TREE),
    WELL(null, LandmarkKind.WELL);

    private final String messageKey;
    private final LandmarkKind landmark;

    FieldFileUse(String messageKey, LandmarkKind landmark) {
        this.messageKey = messageKey;
        this.landmark = landmark;
    }

    /** The name shown in the choice (a landmark's kind name). */
    public String messageKey() {
        return landmark != null ? landmark.messageKey() : messageKey;
    }

    public Optional<LandmarkKind> landmark() {
        return Optional.ofNullable(landmark);
    }
}
