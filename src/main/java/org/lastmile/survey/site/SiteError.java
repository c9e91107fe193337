package org.lastmile.survey.site;

/** Why a site file cannot be read; each code has a message key whose first argument says where. */
public enum SiteError {
    /** The file cannot be read. Arguments: file, reason. */
    UNREADABLE("survey.site.error.unreadable"),
    /** Not valid JSON. Arguments: file, line, column. */
    SYNTAX("survey.site.error.syntax"),
    /** A field that must be there is missing. Arguments: where (e.g. observations[3]), field. */
    MISSING_FIELD("survey.site.error.missingField"),
    /** A field has a value that cannot be used. Arguments: where, field, value. */
    BAD_VALUE("survey.site.error.badValue"),
    /** An observation of a type the adjustment does not know. Arguments: where, type. */
    UNKNOWN_TYPE("survey.site.error.unknownType"),
    /** A point id that no observation measures. Arguments: where, id. */
    UNKNOWN_POINT("survey.site.error.unknownPoint"),
    /** The coordinate system is not a plane. Arguments: code. */
    NOT_A_PLANE("survey.site.error.notPlane"),
    /** Longitude and latitude without a way to choose a plane. Arguments: where. */
    NO_PLANE("survey.site.error.noPlane"),
    /**
     * A number too large to be a measurement on a field (a height of 1e308 would overflow the
     * adjustment and look like two points on the same spot). Arguments: where, field, value,
     * lowest, highest.
     */
    OUT_OF_RANGE("survey.site.error.outOfRange");

    private final String messageKey;

    SiteError(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The bundle key of the message. */
    public String messageKey() {
        return messageKey;
    }
}
