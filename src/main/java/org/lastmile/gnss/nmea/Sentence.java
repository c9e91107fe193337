package org.lastmile.gnss.nmea;

/**
 * A checked sentence split into fields, viewed in place over the line buffer (no copies). Field 0
 * is the address ({@code GPGGA}); fields past the last are empty. Reused for every sentence.
 */
final class Sentence {

    static final int MAX_FIELDS = 48;

    private byte[] bytes;
    private final int[] start = new int[MAX_FIELDS];
    private final int[] end = new int[MAX_FIELDS];
    private int count;

    private int fieldStart;
    private boolean tooMany;

    /** Starts splitting a new line; its payload begins after the {@code $} at index 0. */
    void begin(byte[] line) {
        bytes = line;
        count = 0;
        fieldStart = 1;
        tooMany = false;
    }

    /** A comma at {@code index} ends a field (called while the parser checks the checksum). */
    void comma(int index) {
        if (count == MAX_FIELDS - 1) {
            tooMany = true;
            return;
        }
        start[count] = fieldStart;
        end[count++] = index;
        fieldStart = index + 1;
    }

    /** Ends the last field at the {@code *}; false when there were more than {@link #MAX_FIELDS}. */
    boolean end(int payloadEnd) {
        start[count] = fieldStart;
        end[count++] = payloadEnd;
        return !tooMany;
    }

    /** The number of fields, the address included. */
    int count() {
        return count;
    }

    int length(int field) {
        return field < count ? end[field] - start[field] : 0;
    }

    boolean isEmpty(int field) {
        return length(field) == 0;
    }

    /** The field's first character, or 0 when empty. */
    char firstChar(int field) {
        return isEmpty(field) ? 0 : (char) bytes[start[field]];
    }

    /** The character at a position of a field, or 0 past its end. */
    char charAt(int field, int index) {
        return index < length(field) ? (char) bytes[start[field] + index] : 0;
    }

    /** A decimal number ({@code -12.345}); NaN when empty or malformed. */
    double decimal(int field) {
        return field < count ? NmeaNumbers.decimal(bytes, start[field], end[field]) : Double.NaN;
    }

    /** A non-negative integer; {@code missing} when empty or malformed (a fraction is cut off). */
    int integer(int field, int missing) {
        return field < count ? NmeaNumbers.integer(bytes, start[field], end[field], missing) : missing;
    }

    /** A latitude or longitude {@code DDDMM.mmmm} with its hemisphere in the next field; NaN if bad. */
    double angle(int field, double limit, char positive, char negative) {
        char hemisphere = firstChar(field + 1);
        if (hemisphere != positive && hemisphere != negative || length(field + 1) != 1 || isEmpty(field)) {
            return Double.NaN;
        }
        // DDMM (latitude) or DDDMM (longitude) before the point: with only an 8-bit checksum a
        // damaged line can pass it, and a dropped digit would otherwise move the point by degrees.
        int digits = 0;
        while (start[field] + digits < end[field] && bytes[start[field] + digits] != '.') {
            digits++;
        }
        if (digits != (limit > 90 ? 5 : 4)) {
            return Double.NaN;
        }
        double degrees = NmeaNumbers.degreesMinutes(bytes, start[field], end[field]);
        if (!(degrees <= limit)) {
            return Double.NaN;
        }
        return hemisphere == negative ? -degrees : degrees;
    }

    /** A UTC time of day {@code hhmmss[.sss]} in nanoseconds; -1 when empty or malformed. */
    long timeOfDay(int field) {
        return field < count ? NmeaNumbers.timeOfDay(bytes, start[field], end[field]) : -1;
    }

    /** Whether field 0 (the address) equals the given text. */
    boolean addressEquals(String text) {
        if (length(0) != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (bytes[start[0] + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
