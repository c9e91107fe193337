package org.lastmile.gnss.fix;

/**
 * One epoch of a GNSS receiver: what it said about one instant. Numbers that the receiver did not
 * report are {@link Double#NaN} (and {@code -1} for counts).
 *
 * @param time UTC time of the epoch; {@code null} when no sentence of the epoch had a time
 * @param longitude WGS84 longitude in degrees, east positive; NaN without a position
 * @param latitude WGS84 latitude in degrees, north positive; NaN without a position
 * @param altitude height above mean sea level (the geoid) in metres
 * @param geoidSeparation height of the geoid above the WGS84 ellipsoid in metres (ellipsoidal
 *     height = altitude + geoidSeparation)
 * @param quality the kind of solution; {@link FixQuality#INVALID} exactly when there is no position
 * @param mode 2-D or 3-D, when the receiver said (GSA)
 * @param satellitesUsed satellites used in the solution, or -1
 * @param satellitesInView satellites in view, or -1
 * @param hdop horizontal dilution of precision (dimensionless)
 * @param pdop position dilution of precision
 * @param vdop vertical dilution of precision
 * @param sigmaLatitude the receiver's 1-σ error of latitude in metres (NMEA GST), NaN when not given
 * @param sigmaLongitude the receiver's 1-σ error of longitude in metres (GST)
 * @param sigmaAltitude the receiver's 1-σ error of altitude in metres (GST)
 * @param speed speed over ground in metres per second
 * @param course course over ground in degrees from true north
 */
public record GnssFix(
        FixTime time,
        double longitude,
        double latitude,
        double altitude,
        double geoidSeparation,
        FixQuality quality,
        FixMode mode,
        int satellitesUsed,
        int satellitesInView,
        double hdop,
        double pdop,
        double vdop,
        double sigmaLatitude,
        double sigmaLongitude,
        double sigmaAltitude,
        double speed,
        double course) {

    public GnssFix {
        if (quality == null) {
            quality = FixQuality.INVALID;
        }
        if (mode == null) {
            mode = FixMode.UNKNOWN;
        }
        if (quality != FixQuality.INVALID && !(Double.isFinite(latitude) && Double.isFinite(longitude))) {
            quality = FixQuality.INVALID;
        }
        if (quality == FixQuality.INVALID) {
            latitude = Double.NaN;
            longitude = Double.NaN;
        }
    }

    /** Whether this epoch has a position (any quality but {@link FixQuality#INVALID}). */
    public boolean hasPosition() {
        return quality != FixQuality.INVALID;
    }

    /** Whether the altitude is known. */
    public boolean hasAltitude() {
        return Double.isFinite(altitude);
    }

    /** Whether the receiver gave its own error estimate (GST) for latitude and longitude. */
    public boolean hasSigma() {
        return Double.isFinite(sigmaLatitude) && Double.isFinite(sigmaLongitude);
    }

    /**
     * The receiver's horizontal error estimate in metres, √(σlat² + σlon²) (distance root mean
     * square, about a 63–68 % radius), or NaN without GST.
     */
    public double horizontalSigma() {
        return hasSigma() ? Math.hypot(sigmaLatitude, sigmaLongitude) : Double.NaN;
    }

    /** A builder with every value unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this fix's values. */
    public Builder toBuilder() {
        return new Builder().time(time).position(longitude, latitude).altitude(altitude)
                .geoidSeparation(geoidSeparation).quality(quality).mode(mode)
                .satellitesUsed(satellitesUsed).satellitesInView(satellitesInView).dop(hdop, pdop, vdop)
                .sigma(sigmaLatitude, sigmaLongitude, sigmaAltitude).motion(speed, course);
    }

    /** Builds a {@link GnssFix}; values not set stay unknown. */
    public static final class Builder {
        private FixTime time;
        private double latitude = Double.NaN;
        private double longitude = Double.NaN;
        private double altitude = Double.NaN;
        private double geoidSeparation = Double.NaN;
        private FixQuality quality = FixQuality.INVALID;
        private FixMode mode = FixMode.UNKNOWN;
        private int satellitesUsed = -1;
        private int satellitesInView = -1;
        private double hdop = Double.NaN;
        private double pdop = Double.NaN;
        private double vdop = Double.NaN;
        private double sigmaLatitude = Double.NaN;
        private double sigmaLongitude = Double.NaN;
        private double sigmaAltitude = Double.NaN;
        private double speed = Double.NaN;
        private double course = Double.NaN;

        private Builder() {
        }

        public Builder time(FixTime value) {
            time = value;
            return this;
        }

        /**
         * The position, longitude first like every coordinate pair in the project (x, then y).
         *
         * @param longitudeDegrees WGS84 longitude in degrees, east positive
         * @param latitudeDegrees WGS84 latitude in degrees, north positive
         */
        public Builder position(double longitudeDegrees, double latitudeDegrees) {
            longitude = longitudeDegrees;
            latitude = latitudeDegrees;
            return this;
        }

        /** Height above mean sea level in metres. */
        public Builder altitude(double metres) {
            altitude = metres;
            return this;
        }

        public Builder geoidSeparation(double metres) {
            geoidSeparation = metres;
            return this;
        }

        public Builder quality(FixQuality value) {
            quality = value;
            return this;
        }

        public Builder mode(FixMode value) {
            mode = value;
            return this;
        }

        public Builder satellitesUsed(int count) {
            satellitesUsed = count;
            return this;
        }

        public Builder satellitesInView(int count) {
            satellitesInView = count;
            return this;
        }

        public Builder hdop(double value) {
            hdop = value;
            return this;
        }

        public Builder dop(double horizontal, double position, double vertical) {
            hdop = horizontal;
            pdop = position;
            vdop = vertical;
            return this;
        }

        /** The receiver's 1-σ errors in metres of latitude, longitude and altitude. */
        public Builder sigma(double latitudeMetres, double longitudeMetres, double altitudeMetres) {
            sigmaLatitude = latitudeMetres;
            sigmaLongitude = longitudeMetres;
            sigmaAltitude = altitudeMetres;
            return this;
        }

        /** Speed over ground in m/s and course in degrees from true north. */
        public Builder motion(double metresPerSecond, double courseDegrees) {
            speed = metresPerSecond;
            course = courseDegrees;
            return this;
        }

        public GnssFix build() {
            return new GnssFix(time, longitude, latitude, altitude, geoidSeparation, quality, mode,
                    satellitesUsed, satellitesInView, hdop, pdop, vdop, sigmaLatitude, sigmaLongitude,
                    sigmaAltitude, speed, course);
        }
    }
}
