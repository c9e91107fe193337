package org.lastmile.gnss.io;

import org.lastmile.common.CamelCase;

/**
 * Why a whole file was refused. Every message starts with the file name as {0}.
 */
public enum ImportError {
    /** {0}: not a {1} file: line {2}: {3} (what it looks like instead). */
    NOT_FORMAT,
    /** {0}: broken {1} file at line {2}: {3} (the parser's words). */
    BROKEN,
    /** {0}: larger than {1} MB. */
    TOO_LARGE,
    /** {0}: more than {1} vertices. */
    TOO_MANY_POSITIONS,
    /** {0}: cannot be read: {1}. */
    UNREADABLE,
    /** {0}: unknown kind of file; name it .gpx, .kml, .kmz, .csv, .txt, .geojson, .json or .dat. */
    UNKNOWN_FORMAT,
    /** {0}: line {1}: no latitude and longitude columns found. */
    NO_COORDINATE_COLUMNS,
    /** {0}: line {1}: cannot tell latitude from longitude without a header. */
    AMBIGUOUS_COLUMNS,
    /** {0}: a CASS .dat file holds plane coordinates: name its system (--crs EPSG:…). */
    CRS_REQUIRED,
    /** {0}: {1} is not a Gauss-Krüger system that LastMile knows. */
    UNKNOWN_CRS,
    /** {0}: no KML document inside the KMZ. */
    KMZ_WITHOUT_KML,
    /** {0}: {1} bad part(s), the first {2}; nothing imported (strict). */
    STRICT_REFUSED;

    /** {@code gnss.import.error.notFormat} and so on. */
    public String messageKey() {
        return "gnss.import.error." + CamelCase.of(name());
    }
}
