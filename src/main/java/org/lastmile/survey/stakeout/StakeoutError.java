package org.lastmile.survey.stakeout;

/** Why a stake-out cannot be computed; each code has a message key and documented arguments. */
public enum StakeoutError {
    /** The point to stake out is not two finite numbers (args: easting, northing as given). */
    POINT_NOT_FINITE("survey.stakeout.error.pointNotFinite"),
    /**
     * Two consecutive corners of the ring are the same point, so an edge has no length and the
     * corner numbers would be ambiguous (args: the first corner's number, counted from 0, its
     * easting, its northing).
     */
    REPEATED_CORNER("survey.stakeout.error.repeatedCorner");

    private final String messageKey;

    StakeoutError(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the message. */
    public String messageKey() {
        return messageKey;
    }
}
