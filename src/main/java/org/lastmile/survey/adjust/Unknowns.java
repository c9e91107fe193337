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
        List<Set<Integer>> neighbours = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            neighbours.add(new LinkedHashSet<>());
        }
        for (Observation o : active) {
            if (o instanceof Bearing b && b.hasOrientationUnknown()) {
                compassSet.add(b.compass());
            }
            List<String> ids = o.points();
            for (String a : ids) {
                for (String b : ids) {
                    if (!a.equals(b)) {
                        neighbours.get(index.get(a)).add(index.get(b));
                    }
                }
            }
        }
        int[][] adjacency = new int[points.size()][];
        for (int p = 0; p < points.size(); p++) {
            adjacency[p] = neighbours.get(p).stream().mapToInt(Integer::intValue).toArray();
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
