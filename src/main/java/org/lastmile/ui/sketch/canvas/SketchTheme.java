package org.lastmile.ui.sketch.canvas;

import javafx.scene.paint.Color;

/**
 * Colours and line widths of the sketch. {@link #SUN} is for a screen in sunlight: black on white
 * (21:1), lines of at least 3 px and text with a white halo; the claims differ by dash pattern as
 * well as by colour, so that they stay apart on a black-and-white printer and for colour-blind eyes.
 *
 * @param line width of boundary lines in px; claims use it, the agreed line 1.6 times it
 */
public record SketchTheme(String name, Color background, Color grid, Color gridText, Color ink, Color halo,
        Color parcelFill, Color claimA, Color claimB, Color agreed, Color hatch, Color good, Color warn, Color bad,
        Color selection, double line, double gridLine, double font) {

    public static final SketchTheme DAY = new SketchTheme("day", Color.web("#fbfaf6"), Color.web("#d9d6cc"),
            Color.web("#6b675c"), Color.web("#1d1d1b"), Color.web("#fbfaf6"), Color.web("#e8e2cf", 0.55),
            Color.web("#c62828"), Color.web("#1565c0"), Color.BLACK, Color.web("#8d6e63"), Color.web("#2e7d32"),
            Color.web("#b26a00"), Color.web("#c62828"), Color.web("#6a1b9a"), 2, 1, 13);

    public static final SketchTheme SUN = new SketchTheme("sun", Color.WHITE, Color.web("#9e9e9e"), Color.BLACK,
            Color.BLACK, Color.WHITE, Color.web("#fff59d", 0.5), Color.web("#b00000"), Color.web("#0037a0"),
            Color.BLACK, Color.BLACK, Color.web("#005a00"), Color.web("#7a4200"), Color.web("#b00000"),
            Color.web("#5a007a"), 3.5, 1.5, 15);
}
