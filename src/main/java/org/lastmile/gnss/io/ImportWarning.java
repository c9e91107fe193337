package org.lastmile.gnss.io;

import java.util.Optional;
import org.lastmile.common.CamelCase;
import org.lastmile.common.MessageKeyed;
import org.lastmile.gnss.datum.Datum;

/**
 * Something the user should check although everything was imported: the file was read as GBK, it
 * comes from a map app that shifts coordinates, or its points sit where a map-app shift would put
 * them.
 *
 * @param code what to check
 * @param suggested the datum the file is likely in (a map app's, or the one a shift check found),
 *     or {@code null}: what a screen may preselect, never applied silently
 * @param args the message arguments (see each code)
 */
public record ImportWarning(Code code, Datum suggested, Object[] args) implements MessageKeyed {

    /** A warning that suggests no datum. */
    public ImportWarning(Code code, Object... args) {
        this(code, null, args);
    }

    /** The datum this warning suggests reading the file in, if any. */
    public Optional<Datum> suggestedDatum() {
        return Optional.ofNullable(suggested);
    }

    @Override
    public String messageKey() {
        return "gnss.import.warning." + CamelCase.of(code.name());
    }

    @Override
    public Object[] messageArgs() {
        return args.clone();
    }

    /** The kinds of warning. */
    public enum Code {
        /** The text was not UTF-8 and was read as GBK (GB18030); check the names. No arguments. */
        READ_AS_GBK,
        /**
         * The file names a map app whose exports are shifted ({0} the app as written in the file,
         * {1} its datum), but it was imported as WGS84/CGCS2000.
         */
        MAP_APP_FILE,
        /**
         * The points look shifted by {0} m from the site's reference points; read as {1} they would
         * sit {2} m from them.
         */
        DATUM_SHIFT_LIKELY,
        /** The points sit {0} m (median) from the site's reference points, as a map-app shift would. */
        DATUM_SHIFT_UNEXPLAINED,
        /** A map-app datum was chosen but {0} points lie outside China, where it changes nothing. */
        OUTSIDE_CHINA,
        /** The file holds no point, line or polygon. No arguments. */
        NO_FEATURES,
        /** {0} polygon ring(s) were not closed in the file and were closed on import. */
        RINGS_CLOSED
    }
}
