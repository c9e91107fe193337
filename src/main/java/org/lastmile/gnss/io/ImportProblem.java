package org.lastmile.gnss.io;

import org.lastmile.common.CamelCase;
import org.lastmile.common.Echo;
import org.lastmile.common.MessageKeyed;

/**
 * A part of a file that was not imported (a bad line, a broken placemark), with where it is. The
 * rest of the file is imported; in strict mode one problem refuses the whole file. The message has
 * the line as {0} and the offending text or value as {1}.
 *
 * @param code what is wrong
 * @param source where it is
 * @param detail the offending text or count, as found (may be empty)
 */
public record ImportProblem(Code code, SourceRef source, String detail) implements MessageKeyed {

    public ImportProblem {
        detail = detail == null ? "" : detail;
    }

    /** The 1-based line of the problem (0 when unknown). */
    public int line() {
        return source.line();
    }

    @Override
    public String messageKey() {
        return code.messageKey();
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {source.line() > 0 ? String.valueOf(source.line()) : source.element(), new Echo(detail)};
    }

    /** The kinds of problem, each with its message key. */
    public enum Code {
        /** A coordinate or height that is not a number. */
        BAD_NUMBER,
        /** A latitude outside −90…90°. */
        LATITUDE_OUT_OF_RANGE,
        /** A longitude outside −180…180°. */
        LONGITUDE_OUT_OF_RANGE,
        /** A point without latitude or longitude. */
        MISSING_COORDINATE,
        /** A line of a text file with fewer fields than the header or format needs. */
        TOO_FEW_FIELDS,
        /** A line with fewer than 2 vertices, or a ring with fewer than 4. */
        TOO_FEW_POSITIONS,
        /** A KML coordinate tuple that is not "lon,lat" or "lon,lat,alt". */
        BAD_TUPLE,
        /** A geometry type that LastMile does not import (a 3D model, an unknown GeoJSON type). */
        UNSUPPORTED_GEOMETRY,
        /** A placemark or feature with no geometry at all. */
        NO_GEOMETRY,
        /** A text line longer than the limit. */
        LINE_TOO_LONG,
        /** A plane coordinate outside the zone of the stated coordinate system. */
        OUTSIDE_ZONE;

        /** {@code gnss.import.problem.badNumber} and so on. */
        public String messageKey() {
            return "gnss.import.problem." + CamelCase.of(name());
        }
    }
}
