package org.lastmile.gnss.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An angle written in a text file, in decimal degrees ({@code 37.2096}, {@code -100.5}) or in
 * degrees, minutes and seconds ({@code 37°12'34.5"N}, {@code 37 12 34.5}, {@code 37d12m34.5s},
 * {@code 北纬37度12分34.5秒}, {@code N37:12:34.5}, {@code 100°7.5'E}), with an optional hemisphere
 * letter or Chinese prefix. South and west are negative.
 *
 * @param degrees the value in decimal degrees
 * @param axis {@code 'N'} when a north/south hemisphere was written, {@code 'E'} for east/west,
 *     {@code 0} when none
 */
public record Angle(double degrees, char axis) {

    private static final int MAX_CHARS = 64;

    /** The angle written in the text, or empty when it is not one. */
    public static Optional<Angle> parse(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > MAX_CHARS) {
            return Optional.empty();
        }
        if (isPlainDecimal(s)) {
            // the common case, decimal degrees: parsed without the degrees-minutes-seconds machinery
            OptionalDouble plain = Numbers.parse(s);
            if (plain.isPresent()) {
                return Optional.of(new Angle(plain.getAsDouble(), (char) 0));
            }
        }
        int sign = 1;
        char axis = 0;
        String[][] prefixes = {{"北纬", "N+"}, {"南纬", "N-"}, {"东经", "E+"}, {"西经", "E-"}};
        for (String[] p : prefixes) {
            if (s.startsWith(p[0])) {
                axis = p[1].charAt(0);
                sign = p[1].charAt(1) == '-' ? -1 : 1;
                s = s.substring(p[0].length()).strip();
                break;
            }
        }
        if (axis == 0 && !s.isEmpty()) {
            // A trailing s is the seconds mark, not south, when the text uses d/m letter marks.
            boolean letterMarks = s.chars().anyMatch(c -> c == 'd' || c == 'D' || c == 'm' || c == 'M');
            char first = Character.toUpperCase(s.charAt(0));
            char last = Character.toUpperCase(s.charAt(s.length() - 1));
            boolean atStart = hemisphere(first) != 0;
            boolean atEnd = !atStart && hemisphere(last) != 0 && !(last == 'S' && letterMarks);
            if (atStart || atEnd) {
                char h = atStart ? first : last;
                axis = hemisphere(h);
                sign = h == 'S' || h == 'W' ? -1 : 1;
                s = (atStart ? s.substring(1) : s.substring(0, s.length() - 1)).strip();
            }
        }
        List<String> parts = split(s);
        if (parts.isEmpty() || parts.size() > 3) {
            return Optional.empty();
        }
        double[] v = new double[parts.size()];
        for (int i = 0; i < v.length; i++) {
            OptionalDouble d = Numbers.parse(parts.get(i));
            if (d.isEmpty() || (i > 0 && (d.getAsDouble() < 0 || d.getAsDouble() >= 60
                    || parts.get(i).startsWith("+")))) {
                return Optional.empty();
            }
            v[i] = d.getAsDouble();
        }
        if (v.length > 1 && (v[0] != Math.rint(v[0]) || (v.length == 3 && v[1] != Math.rint(v[1])))) {
            return Optional.empty();
        }
        if (axis != 0 && parts.get(0).startsWith("-")) {
            return Optional.empty();
        }
        double minutes = v.length > 1 ? v[1] : 0;
        double seconds = v.length > 2 ? v[2] : 0;
        double abs = Math.abs(v[0]) + minutes / 60.0 + seconds / 3600.0;
        double value = (v[0] < 0 || parts.get(0).startsWith("-") ? -abs : abs) * sign;
        return Optional.of(new Angle(value, axis));
    }

    private static boolean isPlainDecimal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && !(i == 0 && (c == '-' || c == '+'))) {
                return false;
            }
        }
        return true;
    }

    private static char hemisphere(char c) {
        return switch (c) {
            case 'N', 'S' -> 'N';
            case 'E', 'W' -> 'E';
            default -> 0;
        };
    }

    /**
     * Splits at the degree, minute and second marks, colons and spaces. A mark that follows another
     * mark with no number between ({@code 37°°19'}, {@code 37::19}) is a typing slip that may hide
     * a lost number, so the text is refused (empty list); only two apostrophes ({@code 19.7''}), a
     * common way of writing the seconds mark, are one mark.
     */
    private static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char lastMark = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean mark = switch (c) {
                case '°', 'º', '˚', '\'', '′', '’', '"', '″', '”', '“', ':', '度', '分', '秒', 'd', 'D', 'm', 'M', 's',
                        'S' -> true;
                default -> Character.isWhitespace(c);
            };
            if (mark && !Character.isWhitespace(c)) {
                boolean secondsQuote = (c == '\'' || c == '′') && lastMark == c;
                if (lastMark != 0 && cur.length() == 0 && !secondsQuote) {
                    return List.of();
                }
                lastMark = secondsQuote ? 0 : c;
            } else if (!mark) {
                lastMark = 0;
            }
            if (mark) {
                if (cur.length() > 0) {
                    parts.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            parts.add(cur.toString());
        }
        return parts;
    }
}
