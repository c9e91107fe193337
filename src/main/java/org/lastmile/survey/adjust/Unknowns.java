package org.lastmile.survey.adjust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.Observation;

/**
 * The unknowns of an adjustment and their columns in the normal equations: E and N of every
 * point (ordered by reverse Cuthill–McKee over the points that share observations), then one
 * orientation per compass. Coordinates held fixed by a free-network datum have no column (−1).
 */
final class Unknowns {

    final List<String> points;
    final Map<String, Integer> pointIndex;
    final List<String> compasses;
    final Map<String, Integer> compassIndex;
    /** Column of E and N of each point index; −1 when held by the datum. */
    final int[] colE;
    final int[] colN;
    /** Column of each compass orientation. */
    final int[] colOmega;
    /** For each column: the point index, or −1 − compass index for an orientation. */
    final int[] owner;
    final int size;

    private Unknowns(List<String> points, List<String> compasses, int[] colE, int[] colN, int[] colOmega, int size) {
        this.points = points;
        this.compasses = compasses;
        this.pointIndex = indexOf(points);
        this.compassIndex = indexOf(compasses);
        this.colE = colE;
        this.colN = colN;
        this.colOmega = colOmega;
        this.size = size;
        this.owner = new int[size];
        for (int p = 0; p < points.size(); p++) {
            if (colE[p] >= 0) {
                owner[colE[p]] = p;
            }
            if (colN[p] >= 0) {
                owner[colN[p]] = p;
            }
        }
        for (int c = 0; c < compasses.size(); c++) {
            owner[colOmega[c]] = -1 - c;
        }
    }

    /** All points and compasses of the network; {@code held} lists coordinates without a column (2p, 2p+1). */
    static Unknowns of(List<String> points, List<Observation> active, Set<Integer> held) {
        Map<String, Integer> index = indexOf(points);
        Set<String> compassSet = new LinkedHashSet<>();
        int n = points.size();
        int[][] ends = new int[active.size()][];
        int[] degree = new int[n];
        for (int o = 0; o < active.size(); o++) {
            Observation obs = active.get(o);
            if (obs instanceof Bearing b && b.hasOrientationUnknown()) {
                compassSet.add(b.compass());
            }
            List<String> ids = obs.points();
            int[] e = new int[ids.size()];
            for (int t = 0; t < e.length; t++) {
                e[t] = index.get(ids.get(t));
                degree[e[t]] += e.length - 1;
            }
            ends[o] = e;
        }
        // Neighbour lists without repeats (a marker per point instead of hash sets).
        int[][] adjacency = new int[n][];
        int[] fill = new int[n];
        for (int p = 0; p < n; p++) {
            adjacency[p] = new int[degree[p]];
        }
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        for (int[] e : ends) {
            for (int a : e) {
                for (int b : e) {
                    if (a != b) {
                        adjacency[a][fill[a]++] = b;
                    }
                }
            }
        }
        for (int p = 0; p < n; p++) {
            int m = 0;
            int[] list = adjacency[p];
            for (int t = 0; t < fill[p]; t++) {
                if (mark[list[t]] != p) {
                    mark[list[t]] = p;
                    list[m++] = list[t];
                }
            }
            adjacency[p] = Arrays.copyOf(list, m);
        }
        int[] order = ReverseCuthillMcKee.order(adjacency);
        int[] colE = new int[points.size()];
        int[] colN = new int[points.size()];
        int next = 0;
        for (int p : order) {
            colE[p] = held.contains(2 * p) ? -1 : next++;
            colN[p] = held.contains(2 * p + 1) ? -1 : next++;
        }
        List<String> compasses = new ArrayList<>(compassSet);
        int[] colOmega = new int[compasses.size()];
        for (int c = 0; c < colOmega.length; c++) {
            colOmega[c] = next++;
        }
        return new Unknowns(List.copyOf(points), compasses, colE, colN, colOmega, next);
    }

    /** The number of points. */
    int pointCount() {
        return points.size();
    }

    /** Total unknowns, held or not (2 per point plus the orientations). */
    int totalUnknowns() {
        return 2 * points.size() + compasses.size();
    }

    int point(String id) {
        return pointIndex.get(id);
    }

    /** A description of the unknown in column c: the point id or the compass id. */
    String nameOfColumn(int c) {
        int o = owner[c];
        return o >= 0 ? points.get(o) : compasses.get(-1 - o);
    }

    private static Map<String, Integer> indexOf(List<String> ids) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            map.put(ids.get(i), i);
        }
        return map;
    }

    @Override
    public String toString() {
        return "Unknowns" + points + compasses + Arrays.toString(colE);
    }
}
