package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.lastmile.gnss.fix.FixQuality;

/** Small helpers for the GNSS commands' JSON and text: unknown numbers are left out. */
final class GnssJson {

    private GnssJson() {
    }

    static void put(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        }
    }

    static void put(ObjectNode node, String name, int value) {
        if (value >= 0) {
            node.put(name, value);
        }
    }

    /** The JSON name of a quality: {@code gps}, {@code dgps}, {@code rtk_fixed}, … */
    static String name(FixQuality quality) {
        return quality.name().toLowerCase(Locale.ROOT);
    }

    /** A number with a fixed count of decimals (no grouping), or {@code -} when unknown. */
    static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "-";
    }
}
