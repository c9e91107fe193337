package org.lastmile.gnss.io;

import org.lastmile.survey.crs.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the text of a KML {@code <coordinates>} element: tuples {@code lon,lat[,alt]} separated by
 * any whitespace, tolerating what map apps write: newlines and tabs between tuples, spaces after
 * the commas inside a tuple ({@code 100.1, 37.2, 0}), altitude present or not, values after the
 * third (read by the first three), leading and trailing blanks. A bad tuple is a problem at its own line.
 */
final class KmlCoordinates {

    private KmlCoordinates() {
    }

    /**
     * The positions, or the first problem.
     *
     * @param text the element's text
     * @param firstLine the line the text starts on
     * @param where the element, for the problem
     */
    static Parsed parse(CharSequence text, int firstLine, String where) {
        List<GeoPoint> out = new ArrayList<>();
        List<String> tuple = new ArrayList<>(3);
        StringBuilder number = new StringBuilder();
        int line = firstLine;
        int tupleLine = firstLine;
        boolean afterComma = false;
        boolean afterSpace = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == ',' ) {
                if (number.length() == 0 && (tuple.isEmpty() || afterComma)) {
                    return Parsed.problem(ImportProblem.Code.BAD_TUPLE, line, where, ",");
                }
                if (number.length() > 0) {
                    tuple.add(number.toString());
                    number.setLength(0);
                }
                afterComma = true;
                afterSpace = false;
            } else if (Character.isWhitespace(c)) {
                if (number.length() > 0) {
                    tuple.add(number.toString());
                    number.setLength(0);
                    afterComma = false;
                }
                afterSpace = true;
                if (c == '\n') {
                    line++;
                }
            } else {
                if (afterSpace && !afterComma && !tuple.isEmpty()) {
                    Optional<Parsed> bad = add(tuple, tupleLine, where, out);
                    if (bad.isPresent()) {
                        return bad.get();
                    }
                    tuple.clear();
                }
                if (tuple.isEmpty() && number.length() == 0) {
                    tupleLine = line;
                }
                number.append(c);
                afterComma = false;
                afterSpace = false;
            }
        }
        if (afterComma) {
            return Parsed.problem(ImportProblem.Code.BAD_TUPLE, tupleLine, where, String.join(",", tuple) + ",");
        }
        if (!tuple.isEmpty()) {
            Optional<Parsed> bad = add(tuple, tupleLine, where, out);
            if (bad.isPresent()) {
                return bad.get();
            }
        }
        return new Parsed(out, Optional.empty());
    }

    private static Optional<Parsed> add(List<String> tuple, int line, String where, List<GeoPoint> out) {
        if (tuple.size() < 2) {
            return Optional.of(Parsed.problem(ImportProblem.Code.BAD_TUPLE, line, where, String.join(",", tuple)));
        }
        // Values after the third (an export's speed or accuracy) are not coordinates: read the first
        // two or three, as Google Earth does.
        int used = Math.min(3, tuple.size());
        double[] v = new double[3];
        for (int k = 0; k < used; k++) {
            OptionalDouble d = Numbers.parse(tuple.get(k));
            if (d.isEmpty()) {
                return Optional.of(Parsed.problem(ImportProblem.Code.BAD_NUMBER, line, where, tuple.get(k)));
            }
            v[k] = d.getAsDouble();
        }
        Optional<ImportProblem> range = Shapes.check(v[0], v[1], new SourceRef(line, where));
        if (range.isPresent()) {
            return Optional.of(new Parsed(List.of(), range));
        }
        out.add(new GeoPoint(v[0], v[1], used == 3 ? v[2] : Double.NaN));
        return Optional.empty();
    }

    /**
     * What was read.
     *
     * @param positions the positions, empty when there is a problem
     * @param problem the first bad tuple, if any
     */
    record Parsed(List<GeoPoint> positions, Optional<ImportProblem> problem) {
        static Parsed problem(ImportProblem.Code code, int line, String where, String detail) {
            return new Parsed(List.of(), Optional.of(new ImportProblem(code, new SourceRef(line, where), detail)));
        }
    }
}
