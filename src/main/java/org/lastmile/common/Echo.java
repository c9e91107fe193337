package org.lastmile.common;

/**
 * A piece of the user's own input shown back in a message (a bad line, a value): at most
 * {@link #MAX_CHARS} characters, the rest replaced by {@code …}, and control characters shown
 * escaped ({@code \n}, {@code \t}, {@code \u001B}) so that a 20 MB line or a terminal escape in a
 * file can neither flood nor drive the terminal. {@code toString()} is that safe text.
 *
 * @param text the input as it was
 */
public record Echo(String text) {

    /** The most characters of the input shown. */
    public static final int MAX_CHARS = 80;

    public Echo {
        text = text == null ? "" : text;
    }

    /** The safe text of a value. */
    public static String of(String text) {
        return new Echo(text).toString();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 8);
        int shown = 0;
        int i = 0;
        while (i < text.length() && shown < MAX_CHARS) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            shown++;
            switch (cp) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(cp) || isDirectionOrLineControl(cp)) {
                        b.append(String.format("\\u%04X", cp));
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
        if (i < text.length()) {
            b.append('…');
        }
        return b.toString();
    }

    /** Bidirectional overrides and Unicode line separators: they would reorder or break the line. */
    private static boolean isDirectionOrLineControl(int cp) {
        return cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x2028 || cp == 0x2029;
    }
}
