package org.lastmile.gnss.io;

/**
 * Where in its file a feature or a problem came from: a 1-based line number (0 when unknown) and,
 * for structured files, the element path ({@code trk[1]/trkseg[1]}, {@code
 * Document[1]/Placemark[3]}, {@code features[2]}).
 *
 * @param line 1-based line number in the file, 0 when unknown
 * @param element element path, empty for line-based files
 */
public record SourceRef(int line, String element) {

    public SourceRef {
        element = element == null ? "" : element;
    }

    /** A line of a line-based file (CSV, CASS .dat). */
    public static SourceRef line(int line) {
        return new SourceRef(line, "");
    }

    /** {@code line 12}, {@code line 12 Document[1]/Placemark[3]} or the element path alone. */
    @Override
    public String toString() {
        if (line <= 0) {
            return element;
        }
        return element.isEmpty() ? "line " + line : "line " + line + " " + element;
    }
}
