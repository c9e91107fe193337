package org.lastmile.survey.geom;

import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Why a parcel's geometry cannot be used. Codes with a location carry the message arguments
 * x, y of the place (longitude/latitude or easting/northing as given).
 */
public enum GeometryError {
    /** The geometry is empty or not one polygon (args: the geometry type). */
    NOT_A_POLYGON("survey.geometry.error.notPolygon"),
    /** Two edges of different rings cross (args: x, y). */
    SELF_INTERSECTION("survey.geometry.error.selfIntersection"),
    /** Two edges of the same ring cross or touch (args: x, y). */
    RING_SELF_INTERSECTION("survey.geometry.error.ringSelfIntersection"),
    /** A hole lies outside the boundary (args: x, y). */
    HOLE_OUTSIDE_SHELL("survey.geometry.error.holeOutsideShell"),
    /** A hole lies inside another hole (args: x, y). */
    NESTED_HOLES("survey.geometry.error.nestedHoles"),
    /** Holes cut the parcel in two (args: x, y). */
    DISCONNECTED_INTERIOR("survey.geometry.error.disconnectedInterior"),
    /** Fewer than three distinct corners (args: x, y). */
    TOO_FEW_POINTS("survey.geometry.error.tooFewPoints"),
    /** A coordinate is not a finite number (args: x, y). */
    INVALID_COORDINATE("survey.geometry.error.invalidCoordinate"),
    /** A ring does not end where it starts (args: x, y). */
    RING_NOT_CLOSED("survey.geometry.error.ringNotClosed"),
    /** Any other invalidity JTS finds (args: x, y). */
    INVALID("survey.geometry.error.invalid");

    private final String messageKey;

    GeometryError(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the message. */
    public String messageKey() {
        return messageKey;
    }

    /** The code of a JTS validation error type ({@link TopologyValidationError#getErrorType()}). */
    public static GeometryError of(int jtsErrorType) {
        return switch (jtsErrorType) {
            case TopologyValidationError.SELF_INTERSECTION -> SELF_INTERSECTION;
            case TopologyValidationError.RING_SELF_INTERSECTION -> RING_SELF_INTERSECTION;
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> HOLE_OUTSIDE_SHELL;
            case TopologyValidationError.NESTED_HOLES -> NESTED_HOLES;
            case TopologyValidationError.DISCONNECTED_INTERIOR -> DISCONNECTED_INTERIOR;
            case TopologyValidationError.TOO_FEW_POINTS -> TOO_FEW_POINTS;
            case TopologyValidationError.INVALID_COORDINATE -> INVALID_COORDINATE;
            case TopologyValidationError.RING_NOT_CLOSED -> RING_NOT_CLOSED;
            default -> INVALID;
        };
    }
}
