package org.lastmile.ui.sketch;

import java.util.List;
import org.lastmile.domain.sketch.FourBoundaries;
import org.lastmile.domain.sketch.Landmark;
import org.lastmile.i18n.Messages;

/** The words the sketch writes for its surroundings, the same as the export's. */
public final class SurroundingsText {

    private SurroundingsText() {
    }

    /** The label the export writes for a landmark: its name, or else its kind. */
    public static String label(Landmark l, Messages m) {
        return l.label().isEmpty() ? m.get(l.kind().messageKey()) : l.label();
    }

    /** The four boundaries as the export words them, north, east, south, west; empty sides left out as "". */
    public static List<String> boundaryTexts(FourBoundaries f, Messages m) {
        return List.of(f.north().isEmpty() ? "" : m.get("sketch.layout.toNorth", f.north()),
                f.east().isEmpty() ? "" : m.get("sketch.layout.toEast", f.east()),
                f.south().isEmpty() ? "" : m.get("sketch.layout.toSouth", f.south()),
                f.west().isEmpty() ? "" : m.get("sketch.layout.toWest", f.west()));
    }
}
