package org.lastmile.docs;

/**
 * A sketch's own sheet (the layout's page, in millimetres, drawn at a round scale) and how it goes
 * onto a document page: scaled to fit the place left for it, turned a quarter when a landscape
 * sheet fills a portrait place better. Fitting shrinks the map's scale with it (a 1:1000 sheet
 * prints at 1:1,477 on A4). A sketch is printed on A3 when on A4 its map would be drawn at a scale
 * coarser than {@link #LEGIBLE_SCALE}: below that a metre on the ground is less than half a
 * millimetre on paper, and claims a few metres apart, a stone's place or a taped edge of a few
 * metres can no longer be read off the sketch.
 *
 * @param widthMm the sheet's width
 * @param heightMm the sheet's height
 * @param scale the denominator of the sheet's own scale (1:n)
 */
public record SketchSheet(double widthMm, double heightMm, int scale) {

    /** The coarsest legible printed scale, 1:2000 (1 m = 0.5 mm). */
    public static final int LEGIBLE_SCALE = 2000;

    /** Whether a sheet this shape is turned to fit a place {@code width} × {@code height}. */
    public static boolean turned(double sheetWidth, double sheetHeight, double width, double height) {
        return sheetWidth > sheetHeight && height > width;
    }

    /** The factor that fits a sheet into a place, turned or not (see {@link #turned}). */
    public static double fit(double sheetWidth, double sheetHeight, double width, double height) {
        boolean turn = turned(sheetWidth, sheetHeight, width, height);
        double w = turn ? height : width;
        double h = turn ? width : height;
        return Math.min(w / sheetWidth, h / sheetHeight);
    }

    /** The denominator of the map's printed scale when the sheet is drawn at {@code factor} of its size. */
    public double printedScale(double factor) {
        return scale / factor;
    }

    /** Whether the map is legible drawn at {@code factor} of the sheet's size. */
    public boolean legibleAt(double factor) {
        return printedScale(factor) <= LEGIBLE_SCALE;
    }
}
