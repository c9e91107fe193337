package org.lastmile.survey.adjust;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lastmile.survey.observation.Observation;

/**
 * Whether another figure fits the measurements of a weakly checked part of the network (issue 13:
 * no confident wrong answer). For each measurement c of such a part ({@link
 * UncheckedMeasurements}) the network is adjusted again without c, from starting coordinates built
 * without it (the ordinary construction: positions, then tapes). If that figure fits the others
 * (the global test does not fail high) and implies for c a value more than twice its minimal
 * detectable bias from the written one, the data admit two figures: the one adjusted, in which c
 * fits, and this one, in which c carries a slip. No test can choose between them (network seeds
 * 23413, 29352, 4358047 of AdjustmentPropertiesTest: without the slipped tape the construction
 * reaches the planted figure, implying 203.649 m for 195.777 written, 85.411 for 88.997, 102.359
 * for 106.161). A figure the same as the adjusted one implies c's value within noise: its
 * difference is the estimated bias −v/r, whose σ is σ/√r, so twice the MDB (8.3 of those σ) is
 * not reached by chance.
 *
 * <p>Only networks small enough to be searched by leaving out one measurement at a time ({@link
 * DataSnooping#EXHAUSTIVE}); a larger one is judged by its linearized statistics alone.
 */
final class AlternativeFigure {

    /** How many MDB the value implied without c must lie from the written one. */
    static final double MARGIN_MDB = 2;

    private final GaussNewton gaussNewton;
    private final AdjustmentOptions options;

    AlternativeFigure(GaussNewton gaussNewton, AdjustmentOptions options) {
        this.gaussNewton = gaussNewton;
        this.options = options;
    }

    /** The measurements of {@code part} for which another figure exists, ascending. */
    List<Integer> find(Network network, List<String> points, boolean[] active, List<Integer> part, Solution solution,
            ObservationStatistics[] stats) {
        List<Integer> out = new ArrayList<>();
        List<Observation> observations = network.observations();
        if (part.isEmpty() || observations.size() > DataSnooping.EXHAUSTIVE) {
            return out;
        }
        Linearizer linearizer = new Linearizer(solution.unknowns);
        for (int c : part) {
            ObservationStatistics st = stats[c];
            if (st == null || !active[c] || !UncheckedMeasurements.shapes(observations.get(c))) {
                continue;
            }
            boolean[] without = active.clone();
            without[c] = false;
            List<Observation> taking = new ArrayList<>();
            for (int i = 0; i < observations.size(); i++) {
                if (without[i]) {
                    taking.add(observations.get(i));
                }
            }
            Solution other;
            try {
                double[] start = StartingCoordinates.build(new Network(taking, network.approximate()), points,
                        Set.of());
                other = gaussNewton.solve(points, observations, without, start);
            } catch (AdjustmentException e) {
                continue; // without it the figure is not fixed, or does not settle: no other figure found
            }
            GlobalTest g = GlobalTest.of(other.vpv, other.degreesOfFreedom(), options.globalAlpha());
            if (g.applicable() && other.vpv > g.upper()) {
                continue;
            }
            double[] implied = new Linearizer(other.unknowns).computed(observations.get(c), other.xy, other.omega);
            double[] here = linearizer.computed(observations.get(c), solution.xy, solution.omega);
            for (int k = 0; k < implied.length; k++) {
                double mdb = st.mdb[k];
                if (Double.isFinite(mdb) && Math.abs(implied[k] - here[k]) > MARGIN_MDB * mdb) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }
}
