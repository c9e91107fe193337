package org.lastmile.domain.sketch;

/** What a sketch command does, as the undo and redo buttons name it. */
public enum EditKind {
    ADD_CORNER("sketch.edit.addCorner"),
    MOVE_CORNER("sketch.edit.moveCorner"),
    RENAME_CORNER("sketch.edit.renameCorner"),
    REMOVE_CORNER("sketch.edit.removeCorner"),
    NUMBER_CORNERS("sketch.edit.numberCorners"),
    TAPE("sketch.edit.tape"),
    REMOVE_TAPE("sketch.edit.removeTape"),
    BEARING("sketch.edit.bearing"),
    OFFSET("sketch.edit.offset"),
    REMOVE_MEASUREMENT("sketch.edit.removeMeasurement"),
    PARCEL("sketch.edit.parcel"),
    CLAIM("sketch.edit.claim"),
    AGREED("sketch.edit.agreed"),
    DIVIDE("sketch.edit.divide"),
    ASSIGN_PART("sketch.edit.assignPart"),
    MARKER("sketch.edit.marker"),
    PLACE_MARKER("sketch.edit.placeMarker"),
    LANDMARK("sketch.edit.landmark"),
    FOUR_BOUNDARIES("sketch.edit.fourBoundaries"),
    DRAFTING("sketch.edit.drafting"),
    IMPORT("sketch.edit.import"),
    REMOVE_LANDMARK("sketch.edit.removeLandmark"),
    MOVE_LANDMARK("sketch.edit.moveLandmark");

    private final String messageKey;

    EditKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
