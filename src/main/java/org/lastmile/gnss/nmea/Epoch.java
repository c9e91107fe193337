package org.lastmile.gnss.nmea;

import java.time.LocalDate;
import org.lastmile.gnss.fix.FixMode;
import org.lastmile.gnss.fix.FixQuality;
import org.lastmile.gnss.fix.FixTime;
import org.lastmile.gnss.fix.GnssFix;

/**
 * The values gathered from the sentences of one receiver cycle, before they become a
 * {@link GnssFix}. Decoders write into it; where sentences overlap, the rules are:
 * the last position sentence decides the position and whether there is one (as in gpsd);
 * the GGA quality indicator wins over FAA mode letters; counts and DOPs prefer GGA/GNS, then GSA.
 */
final class Epoch {

    /** Talker slots for satellites in view: GP, GL, GA, BD/GB, GQ, GI, other, GN (combined). */
    private static final int SLOTS = 8;
    private static final int COMBINED = 7;

    long timeOfDay = -1;
    boolean anchored;

    boolean positionValid;
    double latitude = Double.NaN;
    double longitude = Double.NaN;
    FixQuality ggaQuality;
    FixQuality modeQuality;
    double altitude = Double.NaN;
    double geoidSeparation = Double.NaN;
    int ggaSatellites = -1;
    int gsaSatellites = -1;
    FixMode mode = FixMode.UNKNOWN;
    double hdop = Double.NaN;
    double gsaHdop = Double.NaN;
    double pdop = Double.NaN;
    double vdop = Double.NaN;
    double sigmaLatitude = Double.NaN;
    double sigmaLongitude = Double.NaN;
    double sigmaAltitude = Double.NaN;
    double speed = Double.NaN;
    double course = Double.NaN;
    private final int[] inView = new int[SLOTS];

    void reset() {
        timeOfDay = -1;
        anchored = false;
        positionValid = false;
        latitude = Double.NaN;
        longitude = Double.NaN;
        ggaQuality = null;
        modeQuality = null;
        altitude = Double.NaN;
        geoidSeparation = Double.NaN;
        ggaSatellites = -1;
        gsaSatellites = -1;
        mode = FixMode.UNKNOWN;
        hdop = Double.NaN;
        gsaHdop = Double.NaN;
        pdop = Double.NaN;
        vdop = Double.NaN;
        sigmaLatitude = Double.NaN;
        sigmaLongitude = Double.NaN;
        sigmaAltitude = Double.NaN;
        speed = Double.NaN;
        course = Double.NaN;
        java.util.Arrays.fill(inView, -1);
    }

    Epoch() {
        reset();
    }

    /**
     * A position sentence: valid with its coordinates (longitude first, degrees), or a statement
     * that there is no fix.
     */
    void position(boolean valid, double lon, double lat) {
        anchored = true;
        positionValid = valid && Double.isFinite(lat) && Double.isFinite(lon);
        latitude = positionValid ? lat : Double.NaN;
        longitude = positionValid ? lon : Double.NaN;
    }

    void satellitesInView(char talker1, char talker2, int count) {
        int slot = slot(talker1, talker2);
        inView[slot] = Math.max(inView[slot], count);
    }

    void addGsaSatellites(int count) {
        gsaSatellites = Math.max(gsaSatellites, 0) + count;
    }

    private static int slot(char a, char b) {
        if (a == 'G') {
            switch (b) {
                case 'P':
                    return 0;
                case 'L':
                    return 1;
                case 'A':
                    return 2;
                case 'B':
                    return 3;
                case 'Q':
                    return 4;
                case 'I':
                    return 5;
                case 'N':
                    return COMBINED;
                default:
                    return 6;
            }
        }
        return a == 'B' && b == 'D' ? 3 : 6;
    }

    private int satellitesInView() {
        int sum = -1;
        for (int i = 0; i < COMBINED; i++) {
            if (inView[i] >= 0) {
                sum = Math.max(sum, 0) + inView[i];
            }
        }
        return Math.max(sum, inView[COMBINED]);
    }

    GnssFix toFix(LocalDate date) {
        FixQuality quality = FixQuality.INVALID;
        if (positionValid) {
            if (ggaQuality != null && ggaQuality != FixQuality.INVALID) {
                quality = ggaQuality;
            } else if (modeQuality != null && modeQuality != FixQuality.INVALID) {
                quality = modeQuality;
            } else {
                quality = FixQuality.GPS;
            }
        }
        return new GnssFix(timeOfDay < 0 ? null : FixTime.of(date, timeOfDay), longitude, latitude,
                altitude, geoidSeparation, quality, mode, Math.max(ggaSatellites, gsaSatellites),
                satellitesInView(), Double.isNaN(hdop) ? gsaHdop : hdop, pdop, vdop, sigmaLatitude,
                sigmaLongitude, sigmaAltitude, speed, course);
    }
}
