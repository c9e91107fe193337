package org.lastmile.gnss.nmea;

/**
 * Number parsing straight from ASCII bytes, without making strings: the parser's hot path.
 * Every method returns a "missing" value (NaN, -1) for malformed input instead of throwing.
 */
final class NmeaNumbers {

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
        1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

    /** Mantissas below 2^53 divide by a power of ten with one correct rounding. */
    private static final long EXACT_LIMIT = 1L << 53;

    private NmeaNumbers() {
    }

    /** A decimal {@code [+-]digits[.digits]}; NaN when empty or malformed. */
    static double decimal(byte[] b, int from, int to) {
        if (from >= to) {
            return Double.NaN;
        }
        int i = from;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < to; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                if (digits < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    digits++;
                    if (fraction >= 0) {
                        fraction++;
                    }
                } else if (fraction < 0) {
                    return slow(b, from, to);
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (mantissa >= EXACT_LIMIT) {
            return slow(b, from, to);
        }
        double value = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
        return negative ? -value : value;
    }

    private static double slow(byte[] b, int from, int to) {
        try {
            return Double.parseDouble(new String(b, from, to - from, java.nio.charset.StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A non-negative integer; a fractional part is ignored; {@code missing} when malformed. */
    static int integer(byte[] b, int from, int to, int missing) {
        if (from >= to) {
            return missing;
        }
        long value = 0;
        int i = from;
        for (; i < to && b[i] != '.'; i++) {
            int c = b[i];
            if (c < '0' || c > '9' || value > Integer.MAX_VALUE / 10) {
                return missing;
            }
            value = value * 10 + (c - '0');
        }
        if (i == from) {
            return missing;
        }
        for (i++; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return missing;
            }
        }
        return value > Integer.MAX_VALUE ? missing : (int) value;
    }

    /**
     * NMEA's {@code DDDMM.mmmm} as decimal degrees (non-negative); NaN when malformed or when the
     * minutes are 60 or more. Like gpsd, the integer degrees and minutes are split off in integer
     * arithmetic so that the fraction keeps all its digits.
     */
    static double degreesMinutes(byte[] b, int from, int to) {
        int point = from;
        while (point < to && b[point] != '.') {
            point++;
        }
        if (point == from) {
            return Double.NaN;
        }
        int whole = integer(b, from, point, -1);
        if (whole < 0) {
            return Double.NaN;
        }
        double fraction = point < to ? decimal(b, point, to) : 0;
        if (point < to && point + 1 == to) {
            fraction = 0;
        }
        if (Double.isNaN(fraction)) {
            return Double.NaN;
        }
        int degrees = whole / 100;
        double minutes = (whole - degrees * 100) + fraction;
        if (minutes >= 60) {
            return Double.NaN;
        }
        return degrees + minutes * (1.0 / 60.0);
    }

    /** {@code hhmmss[.s…]} as nanoseconds of the UTC day; -1 when malformed. */
    static long timeOfDay(byte[] b, int from, int to) {
        if (to - from < 6) {
            return -1;
        }
        for (int i = from; i < from + 6; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
        }
        int hours = (b[from] - '0') * 10 + (b[from + 1] - '0');
        int minutes = (b[from + 2] - '0') * 10 + (b[from + 3] - '0');
        int seconds = (b[from + 4] - '0') * 10 + (b[from + 5] - '0');
        if (hours > 23 || minutes > 59 || seconds > 60) {
            return -1;
        }
        long nanos = 0;
        int i = from + 6;
        if (i < to) {
            if (b[i] != '.') {
                return -1;
            }
            long scale = 100_000_000L;
            for (i++; i < to; i++) {
                int c = b[i];
                if (c < '0' || c > '9') {
                    return -1;
                }
                nanos += (c - '0') * scale;
                scale /= 10;
            }
        }
        // A leap second (ss = 60) is folded into the last second of the minute.
        long total = ((hours * 60L + minutes) * 60 + Math.min(seconds, 59)) * 1_000_000_000L + nanos;
        return Math.min(total, 86_399_999_999_999L);
    }
}
