package org.lastmile.sync.protocol;

import java.util.Collection;
import java.util.regex.Pattern;

/** Constructor checks of the wire types: a value that breaks one is refused as bad input. */
final class Check {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Check() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    static String text(String value, String field) {
        present(value, field);
        if (value.isBlank() || value.length() > Limits.MAX_SHORT_TEXT) {
            throw new IllegalArgumentException(field + " is blank or longer than " + Limits.MAX_SHORT_TEXT);
        }
        return value;
    }

    static String sha256(String value, String field) {
        present(value, field);
        if (!SHA256.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " is not a lower-case hex SHA-256");
        }
        return value;
    }

    static <C extends Collection<?>> C size(C values, int max, String field) {
        present(values, field);
        if (values.size() > max) {
            throw new IllegalArgumentException(field + " has more than " + max + " entries");
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException(field + " holds a null");
        }
        return values;
    }

    static long notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " is negative");
        }
        return value;
    }

    static boolean isSha256(String value) {
        return value != null && SHA256.matcher(value).matches();
    }
}
