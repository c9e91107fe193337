package org.lastmile.ui.sketch;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Places the canvas's labels so that none covers another or a corner circle: each label offers
 * candidate centres in order of preference (a corner name around its corner, a tape length further
 * out from its side), and takes the first whose box is free; when none is, the one that overlaps
 * least. Greedy, in the order the labels come (corner names first: they are short and belong
 * next to their circle). Screen pixels throughout.
 */
final class LabelPlacer {

    /** A label where it was put: its text, centre and box. */
    record Placed(String text, Point2D centre, Rectangle2D box, int kind) {
    }

    /** Space kept around each box, px, so that two halos do not touch either. */
    static final double GAP = 2;

    private final List<Rectangle2D> taken = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();

    /** Something labels keep clear of (a corner circle). */
    void obstacle(Rectangle2D box) {
        taken.add(box);
    }

    /** Places a label of the given size at the first free candidate centre. */
    Placed place(String text, double w, double h, List<Point2D> candidates, int kind) {
        Rectangle2D best = null;
        Point2D bestAt = null;
        double bestOverlap = Double.POSITIVE_INFINITY;
        for (Point2D c : candidates) {
            Rectangle2D box = new Rectangle2D(c.getX() - w / 2 - GAP, c.getY() - h / 2 - GAP, w + 2 * GAP, h + 2 * GAP);
            double overlap = 0;
            for (Rectangle2D t : taken) {
                overlap += overlap(box, t);
            }
            if (overlap < bestOverlap) {
                bestOverlap = overlap;
                best = box;
                bestAt = c;
                if (overlap == 0) {
                    break;
                }
            }
        }
        taken.add(best);
        Placed p = new Placed(text, bestAt, best, kind);
        placed.add(p);
        return p;
    }

    List<Placed> placed() {
        return List.copyOf(placed);
    }

    static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    /** Candidate centres around a point at distance r: above right first, then round the clock. */
    static List<Point2D> around(double x, double y, double r, double w, double h) {
        List<Point2D> out = new ArrayList<>();
        for (double k : new double[] {1, 1.6, 2.3}) {
            double d = r * k;
            double[][] dirs = {{1, -1}, {-1, -1}, {1, 1}, {-1, 1}, {0, -1}, {0, 1}, {1, 0}, {-1, 0}};
            for (double[] u : dirs) {
                out.add(new Point2D(x + u[0] * (d + w / 2), y + u[1] * (d + h / 2)));
            }
        }
        return out;
    }
}
