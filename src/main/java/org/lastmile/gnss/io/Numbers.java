package org.lastmile.gnss.io;

import java.util.OptionalDouble;

/**
 * Reads decimal numbers as files write them ({@code -12.5}, {@code 3.2e2}, {@code +7}) and refuses
 * what {@link Double#parseDouble} would wrongly accept: {@code NaN}, {@code Infinity}, hexadecimal,
 * type suffixes ({@code 1d}), or empty text.
 */
final class Numbers {

    private static final int MAX_CHARS = 64;

    private Numbers() {
    }

    /** The number, or empty when the (trimmed) text is not a plain decimal number. */
    static OptionalDouble parse(CharSequence text) {
        String s = text.toString().strip();
        int n = s.length();
        if (n == 0 || n > MAX_CHARS) {
            return OptionalDouble.empty();
        }
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return OptionalDouble.empty();
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return OptionalDouble.empty();
            }
        }
        if (i != n) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
