package org.lastmile.gnss.average;

/**
 * A local east/north plane in metres tangent to the WGS84 ellipsoid at an origin; exact enough
 * (below a millimetre) over the few hundred metres a corner's fixes spread.
 */
final class LocalPlane {

    private static final double A = 6_378_137.0;
    private static final double E2 = 6.694_379_990_141_316e-3;

    private final double originLatitude;
    private final double originLongitude;
    private final double metresPerRadianNorth;
    private final double metresPerRadianEast;

    LocalPlane(double originLatitude, double originLongitude) {
        this.originLatitude = originLatitude;
        this.originLongitude = originLongitude;
        double phi = Math.toRadians(originLatitude);
        double w = 1 - E2 * Math.sin(phi) * Math.sin(phi);
        metresPerRadianNorth = A * (1 - E2) / (w * Math.sqrt(w));
        metresPerRadianEast = A / Math.sqrt(w) * Math.cos(phi);
    }

    double east(double longitude) {
        double delta = longitude - originLongitude;
        if (delta > 180) {
            delta -= 360;
        } else if (delta < -180) {
            delta += 360;
        }
        return Math.toRadians(delta) * metresPerRadianEast;
    }

    double north(double latitude) {
        return Math.toRadians(latitude - originLatitude) * metresPerRadianNorth;
    }

    double longitude(double east) {
        double longitude = originLongitude + Math.toDegrees(east / metresPerRadianEast);
        return longitude > 180 ? longitude - 360 : longitude < -180 ? longitude + 360 : longitude;
    }

    double latitude(double north) {
        return originLatitude + Math.toDegrees(north / metresPerRadianNorth);
    }
}
