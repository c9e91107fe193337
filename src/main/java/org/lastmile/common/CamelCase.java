package org.lastmile.common;

import java.util.Locale;

/**
 * Turns the snake-case names the code and the wire use ({@code BAD_NUMBER}, {@code cause_zh}) into
 * the camel-case part of a message key ({@code badNumber}, {@code causeZh}), so that enum constants
 * and protocol field names find their bundle entries by one rule.
 */
public final class CamelCase {

    private CamelCase() {
    }

    /** {@code "BAD_NUMBER"} → {@code "badNumber"}; {@code "cause_zh"} → {@code "causeZh"}. */
    public static String of(String snake) {
        StringBuilder b = new StringBuilder(snake.length());
        boolean up = false;
        for (char c : snake.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
