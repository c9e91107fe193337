package org.lastmile.survey.division;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Splits valid polygons by the line t = τ of a {@link Frame} in O(n + k log k), k crossings: the
 * classic walk. Every ring is oriented with the parcel's interior on its left in the (s, t) frame
 * and cut where it crosses the line; along the line the crossings pair up into the segments that
 * lie inside the parcel (entry, exit, entry, exit … by increasing s). A piece below the line
 * follows a ring arc below the line from an entry to the next exit, then the line back to that
 * exit's partner entry, and so on until it closes; pieces above likewise. Rings that do not cross
 * the line stay whole: a shell takes its polygon to its side, a hole goes to the piece that holds
 * it. Original vertices are kept as they are; each crossing point is computed once and shared by
 * both sides.
 *
 * <p>A corner exactly on the line (a cut through a boundary stone) is given to one side as if
 * moved off the line by an infinitesimal amount: to the side of its next corner when the boundary
 * passes through the line there; when both neighbours lie on one side, to that side at a convex
 * corner (the line only touches the parcel) and to the other side at a reflex corner (the line
 * runs through the parcel on both sides of it), where two crossings meet at the corner and are
 * ordered along the line as the infinitesimal move would order them. Returns null when two
 * consecutive corners lie on the line (an edge along the cut) or the crossings do not pair up:
 * the caller then uses JTS's overlay, which handles every degenerate case.
 */
final class LineSplitter {

    /** A place where a ring crosses the line. */
    private static final class Crossing {
        final int ring;
        final int edge;
        final boolean entry;
        final double s;
        /** Orders crossings that meet at a corner on the line, as an infinitesimal move would. */
        final double key;
        final Coordinate point;
        Crossing next;
        Crossing partner;
        boolean visited;

        Crossing(int ring, int edge, boolean entry, double s, double key, Coordinate point) {
            this.ring = ring;
            this.edge = edge;
            this.entry = entry;
            this.s = s;
            this.key = key;
            this.point = point;
        }
    }

    /** The pieces on both sides and the segments of the line inside the polygons. */
    record Split(List<Polygon> below, List<Polygon> above, List<LineString> cut) {
    }

    private final Frame frame;
    private final GeometryFactory factory;
    private final boolean rightHanded;

    LineSplitter(Frame frame, GeometryFactory factory) {
        this.frame = frame;
        this.factory = factory;
        this.rightHanded = frame.ux() * frame.ny() - frame.uy() * frame.nx() > 0;
    }

    /** Splits every polygon at level τ; null when the configuration is degenerate. */
    Split split(List<Polygon> polygons, double tau) {
        List<Polygon> below = new ArrayList<>();
        List<Polygon> above = new ArrayList<>();
        List<LineString> cut = new ArrayList<>();
        for (Polygon polygon : polygons) {
            if (!split(polygon, tau, below, above, cut)) {
                return null;
            }
        }
        return new Split(below, above, cut);
    }

    private boolean split(Polygon polygon, double tau, List<Polygon> belowPieces, List<Polygon> abovePieces,
            List<LineString> cut) {
        int count = 1 + polygon.getNumInteriorRing();
        Coordinate[][] rings = new Coordinate[count][];
        boolean[][] below = new boolean[count][];
        List<Crossing> crossings = new ArrayList<>();
        List<Integer> wholeHoles = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            rings[r] = oriented(r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1), r == 0);
            below[r] = new boolean[rings[r].length - 1];
            int before = crossings.size();
            if (!crossings(r, rings[r], below[r], tau, crossings)) {
                return false;
            }
            if (crossings.size() == before) {
                if (r == 0) {
                    (below[0][0] ? belowPieces : abovePieces).add(polygon);
                    return true;
                }
                wholeHoles.add(r);
            }
        }
        crossings.sort(Comparator.<Crossing>comparingDouble(c -> c.s).thenComparingDouble(c -> c.key));
        for (int i = 0; i < crossings.size(); i += 2) {
            Crossing in = crossings.get(i);
            Crossing out = crossings.get(i + 1);
            if (!in.entry || out.entry || !(in.s < out.s)) {
                return false;
            }
            in.partner = out;
            out.partner = in;
            cut.add(factory.createLineString(new Coordinate[] {in.point.copy(), out.point.copy()}));
        }
        List<LinearRing> belowShells = walk(crossings, rings, true);
        List<LinearRing> aboveShells = walk(crossings, rings, false);
        if (belowShells == null || aboveShells == null) {
            return false;
        }
        List<List<LinearRing>> belowHoles = emptyLists(belowShells.size());
        List<List<LinearRing>> aboveHoles = emptyLists(aboveShells.size());
        for (int r : wholeHoles) {
            boolean isBelow = below[r][0];
            if (!place(rings[r], isBelow ? belowShells : aboveShells, isBelow ? belowHoles : aboveHoles)) {
                return false;
            }
        }
        assemble(belowShells, belowHoles, belowPieces);
        assemble(aboveShells, aboveHoles, abovePieces);
        return true;
    }

    /** The ring's coordinates with the parcel's interior on the left in the (s, t) frame. */
    private Coordinate[] oriented(LinearRing ring, boolean shell) {
        Coordinate[] c = ring.getCoordinates();
        boolean ccwInFrame = Orientation.isCCW(c) == rightHanded;
        if (ccwInFrame != shell) {
            c = c.clone();
            CoordinateArrays.reverse(c);
        }
        return c;
    }

    /**
     * Sorts the ring's corners to the sides of the line and adds its crossings in ring order,
     * linked by {@code next}; false when two consecutive corners lie on the line.
     */
    private boolean crossings(int r, Coordinate[] c, boolean[] below, double tau, List<Crossing> all) {
        Coordinate o = frame.origin();
        int m = c.length - 1;
        double[] s = new double[m];
        double[] t = new double[m];
        for (int i = 0; i < m; i++) {
            s[i] = frame.ux() * (c[i].x - o.x) + frame.uy() * (c[i].y - o.y);
            t[i] = frame.nx() * (c[i].x - o.x) + frame.ny() * (c[i].y - o.y);
            if (!Double.isFinite(t[i])) {
                return false;
            }
            below[i] = t[i] < tau;
        }
        for (int i = 0; i < m; i++) {
            if (t[i] == tau && !placeCornerOnLine(i, s, t, tau, below)) {
                return false;
            }
        }
        Crossing first = null;
        Crossing last = null;
        for (int i = 0; i < m; i++) {
            int j = (i + 1) % m;
            if (below[i] == below[j]) {
                continue;
            }
            Coordinate p;
            double key = 0;
            if (t[j] == tau) {
                p = c[j].copy();
                key = (s[i] - s[j]) / Math.abs(t[i] - t[j]);
            } else if (t[i] == tau) {
                p = c[i].copy();
                key = (s[j] - s[i]) / Math.abs(t[j] - t[i]);
            } else {
                double f = (tau - t[i]) / (t[j] - t[i]);
                p = new Coordinate(c[i].x + f * (c[j].x - c[i].x), c[i].y + f * (c[j].y - c[i].y));
            }
            double sp = t[j] == tau ? s[j] : t[i] == tau ? s[i] : frame.ux() * (p.x - o.x) + frame.uy() * (p.y - o.y);
            Crossing x = new Crossing(r, i, !below[i], sp, key, p);
            all.add(x);
            if (last != null) {
                last.next = x;
            } else {
                first = x;
            }
            last = x;
        }
        if (last != null) {
            last.next = first;
        }
        return true;
    }

    /** Gives corner i, which lies on the line, to a side (see the class comment); false if undecidable. */
    private static boolean placeCornerOnLine(int i, double[] s, double[] t, double tau, boolean[] below) {
        int m = t.length;
        int p = (i + m - 1) % m;
        int q = (i + 1) % m;
        if (t[p] == tau || t[q] == tau) {
            return false;
        }
        boolean pBelow = t[p] < tau;
        boolean qBelow = t[q] < tau;
        if (pBelow != qBelow) {
            below[i] = qBelow;
            return true;
        }
        // the interior lies left of every ring in the frame: a left turn is a convex corner
        double turn = (s[i] - s[p]) * (t[q] - t[i]) - (t[i] - t[p]) * (s[q] - s[i]);
        if (turn == 0) {
            return false;
        }
        below[i] = turn > 0 ? pBelow : !pBelow;
        return true;
    }

    /** The rings of the pieces on one side: arcs on that side joined along the line. */
    private List<LinearRing> walk(List<Crossing> crossings, Coordinate[][] rings, boolean belowSide) {
        for (Crossing c : crossings) {
            c.visited = false;
        }
        List<LinearRing> shells = new ArrayList<>();
        for (Crossing start : crossings) {
            // below, arcs run from an entry to the next exit; above, from an exit to the next entry
            if (start.visited || start.entry != belowSide) {
                continue;
            }
            List<Coordinate> ring = new ArrayList<>();
            Crossing current = start;
            int guard = 0;
            do {
                current.visited = true;
                Crossing end = current.next;
                ring.add(current.point);
                Coordinate[] c = rings[current.ring];
                int m = c.length - 1;
                for (int k = (current.edge + 1) % m; ; k = (k + 1) % m) {
                    ring.add(c[k]);
                    if (k == end.edge) {
                        break;
                    }
                }
                ring.add(end.point);
                current = end.partner;
                if (++guard > crossings.size()) {
                    return null;
                }
            } while (current != start);
            ring.add(start.point);
            Coordinate[] closed = CoordinateArrays.removeRepeatedPoints(CoordinateArrays.copyDeep(
                    ring.toArray(new Coordinate[0])));
            if (closed.length < 4) {
                return null;
            }
            shells.add(factory.createLinearRing(closed));
        }
        return shells;
    }

    /** Puts a hole that the line misses into the shell that holds it. */
    private boolean place(Coordinate[] hole, List<LinearRing> shells, List<List<LinearRing>> holes) {
        for (Coordinate p : hole) {
            for (int i = 0; i < shells.size(); i++) {
                int where = RayCrossingCounter.locatePointInRing(p, shells.get(i).getCoordinates());
                if (where == Location.INTERIOR) {
                    holes.get(i).add(factory.createLinearRing(CoordinateArrays.copyDeep(hole)));
                    return true;
                }
                if (where == Location.BOUNDARY) {
                    break;
                }
            }
        }
        return false;
    }

    private void assemble(List<LinearRing> shells, List<List<LinearRing>> holes, List<Polygon> out) {
        for (int i = 0; i < shells.size(); i++) {
            out.add(factory.createPolygon(shells.get(i), holes.get(i).toArray(new LinearRing[0])));
        }
    }

    private static List<List<LinearRing>> emptyLists(int n) {
        List<List<LinearRing>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
