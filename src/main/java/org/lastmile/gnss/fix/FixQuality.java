package org.lastmile.gnss.fix;

/**
 * The kind of solution behind a fix, as the NMEA GGA quality indicator (0–8) and the FAA mode
 * indicator of RMC, GLL and GNS (A, D, R, F, E, M, S, N) describe it. Ordered roughly from no
 * position to the best.
 */
public enum FixQuality {
    /** No position: no fix, or the receiver marked the data invalid (GGA 0, RMC V, mode N). */
    INVALID(0, "gnss.quality.invalid"),
    /** Dead reckoning or estimated position (GGA 6, mode E): not a measurement. */
    ESTIMATED(6, "gnss.quality.estimated"),
    /** Position entered by hand (GGA 7, mode M). */
    MANUAL(7, "gnss.quality.manual"),
    /** Simulator output (GGA 8, mode S). */
    SIMULATION(8, "gnss.quality.simulation"),
    /** Autonomous single-point fix (GGA 1, mode A): a handheld's usual fix. */
    GPS(1, "gnss.quality.gps"),
    /** Precise Positioning Service fix (GGA 3). */
    PPS(3, "gnss.quality.pps"),
    /** Differential or SBAS-corrected fix (GGA 2, mode D or P). */
    DGPS(2, "gnss.quality.dgps"),
    /** RTK with float ambiguities (GGA 5, mode F): decimetres. */
    RTK_FLOAT(5, "gnss.quality.rtkFloat"),
    /** RTK with fixed ambiguities (GGA 4, mode R): centimetres. */
    RTK_FIXED(4, "gnss.quality.rtkFixed");

    private final int ggaCode;
    private final String messageKey;

    FixQuality(int ggaCode, String messageKey) {
        this.ggaCode = ggaCode;
        this.messageKey = messageKey;
    }

    /** The GGA quality indicator of this quality (0–8). */
    public int ggaCode() {
        return ggaCode;
    }

    /** The bundle key of this quality's name. */
    public String messageKey() {
        return messageKey;
    }

    /** Whether a fix of this quality carries a measured position (not invalid, estimated, manual or simulated). */
    public boolean isMeasured() {
        return this == GPS || this == PPS || this == DGPS || this == RTK_FLOAT || this == RTK_FIXED;
    }

    /** The quality of a GGA quality indicator; {@link #INVALID} for 0 and unknown codes. */
    public static FixQuality ofGgaCode(int code) {
        for (FixQuality quality : values()) {
            if (quality.ggaCode == code) {
                return quality;
            }
        }
        return INVALID;
    }

    /**
     * The quality of an NMEA 2.3+ FAA mode indicator: A autonomous, D differential, P precise,
     * R RTK fixed, F RTK float, E estimated, M manual, S simulator, N (and anything else unknown)
     * invalid.
     */
    public static FixQuality ofModeIndicator(char mode) {
        switch (mode) {
            case 'A':
                return GPS;
            case 'D':
            case 'P':
                return DGPS;
            case 'R':
                return RTK_FIXED;
            case 'F':
                return RTK_FLOAT;
            case 'E':
                return ESTIMATED;
            case 'M':
                return MANUAL;
            case 'S':
                return SIMULATION;
            default:
                return INVALID;
        }
    }
}
