package org.lastmile.survey.adjust;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.lastmile.survey.observation.BaselineOffset;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * A part of the figure held by a single, weak check (issue 13: no confident wrong answer): a tape
 * or offset with a redundancy number below {@link DataSnooping#MIN_REDUNDANCY} whose w-test is the
 * same test as another measurement's at its corners (|ρ| ≥ {@link DataSnooping#TWINS}).
 *
 * <p>Why both. Baarda's internal reliability: a measurement with redundancy number r has the
 * minimal detectable bias δ0·σ/√r; below r = 0.1 (the floor below which nothing is ever rejected)
 * that is more than 13 σ. Twins (|ρ| ≈ 1) share one condition: a slip in any of them shows alike
 * and cannot be located (a braced quadrilateral's six tapes, survey.md). A group of twins with an
 * uncontrolled member is a sub-figure with one weak condition: that condition is nearly flat in the
 * weak member, and a slip of several MDB in any member can meet its second root — another figure
 * in which every measurement fits. Network seeds 23413, 29352 and 4358047 of
 * AdjustmentPropertiesTest: slips of 6–10 MDB moved a corner 4–38 m (the area by 300–2,700 m²) and
 * the global test passed; in each the slipped tape was such a member or the twin (|ρ| ≥ 0.998) of
 * one (redundancy 0.015–0.078). No test on the data can reject that figure, so a result resting on
 * such a group is not called trustworthy. A weak measurement without twins (its misfit spread over
 * several conditions, as in the worked pentagon after its slip is rejected) is left to the
 * warnings: its MDB is printed, and a slip in it still shows in more than one test.
 *
 * <p>Only tapes and offsets start a group: they are written by hand and they fix the shape. A GNSS
 * position or a bearing below the floor usually only places or turns the whole figure (one position
 * on a taped figure, one bearing), which changes no distance and no area.
 */
final class UncheckedMeasurements {

    private UncheckedMeasurements() {
    }

    /** The weak members and their twins of all {@code parts}, ascending; empty when no part of the figure is held so. */
    static List<Integer> union(List<List<Integer>> parts) {
        TreeSet<Integer> out = new TreeSet<>();
        for (List<Integer> part : parts) {
            out.addAll(part);
        }
        return new ArrayList<>(out);
    }

    /**
     * The measurements of the parts that hold one of {@code found} (ascending): what to re-tape when
     * another figure was found for those. A weak part where none was found is left out: it is judged
     * as a network with only such parts is (trustworthy, its MDB in the warnings).
     */
    static List<Integer> holding(List<List<Integer>> parts, List<Integer> found) {
        TreeSet<Integer> out = new TreeSet<>();
        for (List<Integer> part : parts) {
            if (!java.util.Collections.disjoint(part, found)) {
                out.addAll(part);
            }
        }
        return new ArrayList<>(out);
    }

    /** Each weak member with its twins (ascending), one list per weak member; empty when none. */
    static List<List<Integer>> parts(List<Observation> observations, ObservationStatistics[] stats,
            Solution solution) {
        List<List<Integer>> out = new ArrayList<>();
        for (ObservationStatistics weak : stats) {
            if (weak == null || !shapes(observations.get(weak.index)) || checked(weak)
                    || !Double.isFinite(weak.maxAbsW())) {
                continue; // checked, or redundancy 0 (uncontrolled: warned of, its test shared with nothing)
            }
            List<String> corners = observations.get(weak.index).points();
            List<Integer> twins = new ArrayList<>();
            for (ObservationStatistics other : stats) {
                if (other == null || other.index == weak.index || !Double.isFinite(other.maxAbsW())
                        || java.util.Collections.disjoint(corners, observations.get(other.index).points())) {
                    continue;
                }
                double rho = ObservationStatistics.correlation(solution.linearized[weak.index], weak.worst(),
                        solution.linearized[other.index], other.worst(), solution);
                if (Math.abs(rho) >= DataSnooping.TWINS) {
                    twins.add(other.index);
                }
            }
            if (!twins.isEmpty()) {
                TreeSet<Integer> part = new TreeSet<>(twins);
                part.add(weak.index);
                out.add(new ArrayList<>(part));
            }
        }
        return out;
    }

    static boolean shapes(Observation o) {
        return o instanceof TapeDistance || o instanceof BaselineOffset;
    }

    private static boolean checked(ObservationStatistics st) {
        for (double r : st.redundancy) {
            if (!(r >= DataSnooping.MIN_REDUNDANCY)) {
                return false;
            }
        }
        return true;
    }
}
