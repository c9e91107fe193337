package org.lastmile.survey.crs;

/** What can go wrong when naming or using a coordinate system; each code has a message key. */
public enum CrsError {
    /** The text is not of the form {@code EPSG:n} (args: the text). */
    MALFORMED_CODE("survey.crs.error.malformedCode"),
    /** A well-formed EPSG code that LastMile does not support (args: the code). */
    UNKNOWN_CODE("survey.crs.error.unknownCode"),
    /** A zone number outside the EPSG range of its family (args: family, zone). */
    ZONE_OUT_OF_RANGE("survey.crs.error.zoneOutOfRange"),
    /** A point that cannot be converted (args: system code, x, y). */
    OUTSIDE_DOMAIN("survey.crs.error.outsideDomain");

    private final String messageKey;

    CrsError(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the message. */
    public String messageKey() {
        return messageKey;
    }
}
