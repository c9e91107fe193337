package org.lastmile.survey.crs;

/** Things worth telling the user about a conversion that still went through. */
public enum CrsWarning {
    /**
     * A point lies farther from its zone's central meridian than {@link ZoneFamily#warningLimitDeg()}
     * (args: point number from 1, longitude, latitude, distance in degrees, limit in degrees).
     */
    FAR_FROM_CENTRAL_MERIDIAN("survey.crs.warning.farFromCentralMeridian"),
    /** WGS84 and CGCS2000 coordinates were taken as the same (no args). */
    WGS84_TAKEN_AS_CGCS2000("survey.crs.warning.wgs84AsCgcs2000");

    private final String messageKey;

    CrsWarning(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the message. */
    public String messageKey() {
        return messageKey;
    }
}
