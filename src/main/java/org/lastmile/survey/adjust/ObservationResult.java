package org.lastmile.survey.adjust;

import org.lastmile.survey.observation.ObservationType;

/**
 * The result of one observation, per observed value (one for a tape or a bearing; E then N for a
 * position; chainage then offset for an offset). For an observation kept in the final
 * adjustment: residual v = adjusted − observed (metres, radians for a bearing), standardized
 * residual w, redundancy number r_i, minimal detectable blunder. For a rejected observation:
 * the residual is the final coordinates' value minus the observed one, and w, redundancy and MDB
 * are those of the adjustment in which it was rejected (NaN when it was set aside as a gross
 * slip before any adjustment).
 *
 * @param index the observation's position in the input
 * @param type its kind
 * @param residual v per value
 * @param w standardized residual per value (NaN without redundancy)
 * @param redundancy redundancy number per value, 0 … 1
 * @param mdb minimal detectable blunder per value (infinite without redundancy)
 * @param rejected whether data snooping left it out of the final adjustment
 */
public record ObservationResult(int index, ObservationType type, double[] residual, double[] w,
        double[] redundancy, double[] mdb, boolean rejected) {

    /** The value with the largest |w| (0 if none is defined). */
    public int worstComponent() {
        int best = 0;
        for (int r = 1; r < w.length; r++) {
            if (!Double.isNaN(w[r]) && (Double.isNaN(w[best]) || Math.abs(w[r]) > Math.abs(w[best]))) {
                best = r;
            }
        }
        return best;
    }

    /** The sum of the redundancy numbers of the values (its share of the degrees of freedom). */
    public double totalRedundancy() {
        double s = 0;
        for (double r : redundancy) {
            s += r;
        }
        return s;
    }
}
