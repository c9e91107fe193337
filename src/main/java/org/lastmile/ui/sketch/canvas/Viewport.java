package org.lastmile.ui.sketch.canvas;

/**
 * Which part of the plane the canvas shows: a centre in plane metres (easting, northing) and a
 * scale in pixels per metre, over a screen of a given size. North is up (grid north of the
 * Gauss-Krüger plane), east to the right. Plain arithmetic, so it is tested without a screen.
 */
public final class Viewport {

    /** Closest and farthest zoom: 1 px per 2 km to 2,000 px per metre. */
    public static final double MIN_SCALE = 5e-4;
    public static final double MAX_SCALE = 2000;

    private double centreE;
    private double centreN;
    private double scale = 1;
    private double width = 1;
    private double height = 1;

    public double centreE() {
        return centreE;
    }

    public double centreN() {
        return centreN;
    }

    /** Pixels per metre. */
    public double scale() {
        return scale;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public void resize(double w, double h) {
        width = Math.max(1, w);
        height = Math.max(1, h);
    }

    public double screenX(double e) {
        return width / 2 + (e - centreE) * scale;
    }

    public double screenY(double n) {
        return height / 2 - (n - centreN) * scale;
    }

    public double planeE(double x) {
        return centreE + (x - width / 2) / scale;
    }

    public double planeN(double y) {
        return centreN - (y - height / 2) / scale;
    }

    /** Moves the picture by (dx, dy) pixels, as a drag does. */
    public void pan(double dx, double dy) {
        centreE -= dx / scale;
        centreN += dy / scale;
    }

    /** Zooms by {@code factor} keeping the plane point under (x, y) where it is. */
    public void zoomAt(double factor, double x, double y) {
        double e = planeE(x);
        double n = planeN(y);
        scale = clamp(scale * factor);
        centreE = e - (x - width / 2) / scale;
        centreN = n + (y - height / 2) / scale;
    }

    /** Shows the box [minE, maxE] × [minN, maxN] whole, with {@code margin} pixels around it. */
    public void fit(double minE, double minN, double maxE, double maxN, double margin) {
        centreE = (minE + maxE) / 2;
        centreN = (minN + maxN) / 2;
        double w = Math.max(maxE - minE, 1e-3);
        double h = Math.max(maxN - minN, 1e-3);
        double usableW = Math.max(1, width - 2 * margin);
        double usableH = Math.max(1, height - 2 * margin);
        scale = clamp(Math.min(usableW / w, usableH / h));
    }

    public void centreOn(double e, double n) {
        centreE = e;
        centreN = n;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
