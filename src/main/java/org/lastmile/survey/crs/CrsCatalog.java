package org.lastmile.survey.crs;

import java.util.Locale;

/**
 * The coordinate systems LastMile knows by EPSG code:
 * <ul>
 * <li>4490 CGCS2000 and 4326 WGS84 geographic (x = longitude);
 * <li>4513–4533 Gauss-Krüger 3° zones 25–45 with the zone prefix, 4534–4554 the same without;
 * <li>4491–4501 Gauss-Krüger 6° zones 13–23 with the zone prefix, 4502–4512 the same without;
 * <li>32601–32660 UTM north, 32701–32760 UTM south (WGS84).
 * </ul>
 * Every plane is built from its parameters (see {@link PlaneSystem}), not from a definition file.
 */
public final class CrsCatalog {

    private CrsCatalog() {
    }

    /**
     * The system named {@code EPSG:n} (case-insensitive) or {@code n}.
     *
     * @throws CrsException {@link CrsError#MALFORMED_CODE} or {@link CrsError#UNKNOWN_CODE}
     */
    public static Crs parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.toUpperCase(Locale.ROOT).startsWith("EPSG:")) {
            t = t.substring(5).trim();
        }
        if (!t.matches("[0-9]{1,9}")) {
            throw new CrsException(CrsError.MALFORMED_CODE, String.valueOf(text));
        }
        return byEpsg(Integer.parseInt(t));
    }

    /**
     * The system with an EPSG code.
     *
     * @throws CrsException {@link CrsError#UNKNOWN_CODE} for a code outside the list above
     */
    public static Crs byEpsg(int code) {
        if (code == 4490) {
            return GeographicCrs.CGCS2000;
        }
        if (code == 4326) {
            return GeographicCrs.WGS84;
        }
        if (code >= 4513 && code <= 4533) {
            return PlaneSystem.gaussKruger3(code - 4488, true);
        }
        if (code >= 4534 && code <= 4554) {
            return PlaneSystem.gaussKruger3(code - 4509, false);
        }
        if (code >= 4491 && code <= 4501) {
            return PlaneSystem.gaussKruger6(code - 4478, true);
        }
        if (code >= 4502 && code <= 4512) {
            return PlaneSystem.gaussKruger6(code - 4489, false);
        }
        if (code >= 32601 && code <= 32660) {
            return PlaneSystem.utm(code - 32600, false);
        }
        if (code >= 32701 && code <= 32760) {
            return PlaneSystem.utm(code - 32700, true);
        }
        throw new CrsException(CrsError.UNKNOWN_CODE, "EPSG:" + code);
    }
}
