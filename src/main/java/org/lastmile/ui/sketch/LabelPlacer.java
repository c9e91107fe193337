package org.lastmile.ui.sketch;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Places the canvas's labels so that none covers another, a corner circle or the map furniture,
 * and as few as can be cross a drawn line (a road, a boundary, a claim): each label offers
 * candidate centres in order of preference (a corner name around its corner, a tape length further
 * out from its side, an area label about the area's inside) and takes the first whose box is free
 * of boxes and lines; when none is, the one that overlaps boxes least, and among those the one
 * that crosses least line. Area outside the canvas counts as overlap. Greedy, in the order the
 * labels come (fixed ones first, then corner names: they are short and belong next to their
 * circle). Screen pixels throughout.
 */
final class LabelPlacer {

    /** A label where it was put: its text, centre and box. */
    record Placed(String text, Point2D centre, Rectangle2D box, int kind) {
    }

    /** A drawn line labels keep off: from (x1, y1) to (x2, y2), drawn {@code halfWidth} px either side. */
    record Line(double x1, double y1, double x2, double y2, double halfWidth) {
    }

    /** Space kept around each box, px, so that two halos do not touch either. */
    static final double GAP = 2;

    private final Rectangle2D bounds;
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();

    /** @param bounds the canvas: a label's box outside it counts as overlap */
    LabelPlacer(Rectangle2D bounds) {
        this.bounds = bounds;
    }

    /** Something labels keep clear of (a corner circle, the legend). */
    void obstacle(Rectangle2D box) {
        taken.add(box);
    }

    /** A drawn line labels keep off where they can. */
    void line(Line l) {
        lines.add(l);
    }

    /** A label that stays where it is (the four boundaries at the canvas's sides); later ones keep clear of it. */
    Placed fixed(String text, Point2D centre, double w, double h, int kind) {
        Rectangle2D box = box(centre, w, h);
        taken.add(box);
        Placed p = new Placed(text, centre, box, kind);
        placed.add(p);
        return p;
    }

    /** Places a label of the given size at the first free candidate centre. */
    Placed place(String text, double w, double h, List<Point2D> candidates, int kind) {
        Rectangle2D best = null;
        Point2D bestAt = null;
        double bestOverlap = Double.POSITIVE_INFINITY;
        double bestCrossing = Double.POSITIVE_INFINITY;
        for (Point2D c : candidates) {
            Rectangle2D box = box(c, w, h);
            double overlap = outside(box);
            for (Rectangle2D t : taken) {
                overlap += overlap(box, t);
                if (overlap > bestOverlap) {
                    break;
                }
            }
            if (overlap > bestOverlap) {
                continue;
            }
            double crossing = 0;
            for (Line l : lines) {
                crossing += crossing(box, l);
                if (crossing > bestCrossing && overlap == bestOverlap) {
                    break;
                }
            }
            if (overlap < bestOverlap || crossing < bestCrossing) {
                bestOverlap = overlap;
                bestCrossing = crossing;
                best = box;
                bestAt = c;
                if (overlap == 0 && crossing == 0) {
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

    private static Rectangle2D box(Point2D c, double w, double h) {
        return new Rectangle2D(c.getX() - w / 2 - GAP, c.getY() - h / 2 - GAP, w + 2 * GAP, h + 2 * GAP);
    }

    private double outside(Rectangle2D box) {
        return box.getWidth() * box.getHeight() - overlap(box, bounds);
    }

    static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    /**
     * How much of a line lies in a box grown by the line's half width, px: the segment clipped to
     * the box (Liang–Barsky).
     */
    static double crossing(Rectangle2D box, Line l) {
        double minX = box.getMinX() - l.halfWidth();
        double maxX = box.getMaxX() + l.halfWidth();
        double minY = box.getMinY() - l.halfWidth();
        double maxY = box.getMaxY() + l.halfWidth();
        if (Math.max(l.x1(), l.x2()) < minX || Math.min(l.x1(), l.x2()) > maxX || Math.max(l.y1(), l.y2()) < minY
                || Math.min(l.y1(), l.y2()) > maxY) {
            return 0; // the common case: nowhere near
        }
        double dx = l.x2() - l.x1();
        double dy = l.y2() - l.y1();
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {l.x1() - minX, maxX - l.x1(), l.y1() - minY, maxY - l.y1()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return 0;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t1 > t0 ? (t1 - t0) * Math.hypot(dx, dy) + (dx == 0 && dy == 0 ? 1 : 0) : 0;
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
