package org.lastmile.gnss.fix;

/** The dimension of a fix as the GSA sentence (or gpsd's TPV {@code mode}) reports it. */
public enum FixMode {
    /** The receiver did not say (no GSA in the epoch). */
    UNKNOWN,
    /** No fix (GSA mode 1). */
    NO_FIX,
    /** Two-dimensional fix: latitude and longitude, altitude held or guessed (GSA mode 2). */
    TWO_D,
    /** Three-dimensional fix (GSA mode 3). */
    THREE_D;

    /** The mode of a GSA fix-type field (1, 2 or 3); {@link #UNKNOWN} otherwise. */
    public static FixMode ofGsaCode(int code) {
        switch (code) {
            case 1:
                return NO_FIX;
            case 2:
                return TWO_D;
            case 3:
                return THREE_D;
            default:
                return UNKNOWN;
        }
    }
}
