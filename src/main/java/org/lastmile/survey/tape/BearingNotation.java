package org.lastmile.survey.tape;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lastmile.survey.observation.Bearing;

/**
 * Bearings as written on a field sheet, read as degrees clockwise from north in [0, 360): quadrant
 * notation (N76°00'E, S36°00'E, S61°W, N38°30'W) or a plain azimuth. The bearing itself and its
 * arithmetic are {@link Bearing}'s.
 */
public final class BearingNotation {

    private static final Pattern QUADRANT = Pattern.compile(
            "\\s*([NS])\\s*(\\d+(?:\\.\\d+)?)\\s*(?:°|d|\\s)?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*['′m]?)?\\s*"
            + "(?:(\\d+(?:\\.\\d+)?)\\s*(?:\"|″|s)?)?\\s*([EW])\\s*");

    private BearingNotation() {
    }

    /**
     * The azimuth of a quadrant bearing: N θ E = θ, S θ E = 180 − θ, S θ W = 180 + θ,
     * N θ W = 360 − θ.
     *
     * @param ns      'N' or 'S'
     * @param degrees 0 to 90 with {@code minutes}
     * @param ew      'E' or 'W'
     */
    public static double quadrant(char ns, double degrees, double minutes, char ew) {
        double theta = degrees + minutes / 60;
        boolean north = Character.toUpperCase(ns) == 'N';
        boolean east = Character.toUpperCase(ew) == 'E';
        if (!(theta >= 0 && theta <= 90) || (!north && Character.toUpperCase(ns) != 'S')
                || (!east && Character.toUpperCase(ew) != 'W')) {
            throw new TapeException(TapeError.BAD_BEARING, "" + ns + theta + ew);
        }
        double azimuth = north ? (east ? theta : 360 - theta) : (east ? 180 - theta : 180 + theta);
        return Bearing.normalizeDegrees(azimuth);
    }

    /**
     * The azimuth of a bearing written as a quadrant bearing (N76°00'E, S 36 30 E) or as a number
     * of degrees (76.5).
     *
     * @throws TapeException {@link TapeError#BAD_BEARING} when it cannot be read
     */
    public static double parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        Matcher m = QUADRANT.matcher(t);
        if (m.matches()) {
            double minutes = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
            double seconds = m.group(4) == null ? 0 : Double.parseDouble(m.group(4));
            return quadrant(m.group(1).charAt(0), Double.parseDouble(m.group(2)), minutes + seconds / 60,
                    m.group(5).charAt(0));
        }
        try {
            double azimuth = Double.parseDouble(t);
            if (Double.isFinite(azimuth)) {
                return Bearing.normalizeDegrees(azimuth);
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new TapeException(TapeError.BAD_BEARING, String.valueOf(text));
    }
}
