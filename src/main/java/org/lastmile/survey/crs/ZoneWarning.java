package org.lastmile.survey.crs;

import org.lastmile.common.MessageKeyed;

/**
 * A point that lies too far from its zone's central meridian: its plane coordinates are still
 * computed, but its scale distortion is larger than the zone is meant to carry.
 *
 * @param code     {@link CrsWarning#FAR_FROM_CENTRAL_MERIDIAN}
 * @param index    the point's position in the caller's list, 0-based
 * @param point    the point, longitude and latitude in degrees
 * @param offsetDeg its longitude minus the central meridian, degrees
 * @param limitDeg the distance that was exceeded, degrees
 */
public record ZoneWarning(CrsWarning code, int index, GeoPoint point, double offsetDeg, double limitDeg)
        implements MessageKeyed {

    @Override
    public String messageKey() {
        return code.messageKey();
    }

    /** Point number (from 1), longitude, latitude, |offset| and limit, all in degrees. */
    @Override
    public Object[] messageArgs() {
        return new Object[] {index + 1, point.lon(), point.lat(), Math.abs(offsetDeg), limitDeg};
    }
}
