package org.lastmile.survey.area;

/**
 * The surface an area is measured on. The three differ by hundreds of ppm on the Qinghai plateau,
 * so an area is never given without its surface.
 */
public enum Surface {
    /**
     * The map plane of a coordinate system (Gauss-Krüger zone): the area of the corners' plane
     * coordinates, as Chinese cadastral areas are computed.
     */
    PLANE("survey.area.surface.plane"),
    /**
     * The reference ellipsoid (CGCS2000), corners joined by geodesics: the area of land-use survey
     * patches, and independent of any zone.
     */
    ELLIPSOID("survey.area.surface.ellipsoid"),
    /** The ground at the site's height: what tapes laid on the field enclose. */
    GROUND("survey.area.surface.ground");

    private final String messageKey;

    Surface(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the surface's name. */
    public String messageKey() {
        return messageKey;
    }
}
