package org.lastmile.survey.adjust;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * For a rejected tape, tries the usual writing slips ({@link #candidates}) on the value as written (the plane distance divided by
 * {@link AdjustmentOptions#groundToPlane()}, to 0.1 mm): each candidate value is put back into the network of the final
 * adjustment and the network re-adjusted; a candidate is suggested when the tape's |w| and every
 * other |w| stay within the critical value. Only slips at least as large as the tape's minimal
 * detectable blunder are tried: a smaller one could not be told from noise.
 */
final class SlipSearch {

    private final GaussNewton gaussNewton;
    private final AdjustmentOptions options;

    SlipSearch(GaussNewton gaussNewton, AdjustmentOptions options) {
        this.gaussNewton = gaussNewton;
        this.options = options;
    }

    /**
     * The candidate values of a written distance (positive, distinct, not the value itself): two
     * neighbouring digits swapped, a digit of the whole metres dropped (every digit put back at every
     * place) or doubled (written once), ±1, ±10, ±100 m, ± a tape length, the decimal point one
     * place off. The first kind that gives a value names it.
     */
    static Map<Double, SlipKind> candidates(double written, List<Double> tapeLengths) {
        Map<Double, SlipKind> out = new LinkedHashMap<>();
        String text = BigDecimal.valueOf(written).stripTrailingZeros().toPlainString();
        List<Integer> digits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits.add(i);
            }
        }
        for (int d = 0; d + 1 < digits.size(); d++) {
            char[] c = text.toCharArray();
            int i = digits.get(d);
            int j = digits.get(d + 1);
            if (c[i] != c[j]) {
                char t = c[i];
                c[i] = c[j];
                c[j] = t;
                add(out, Double.parseDouble(new String(c)), SlipKind.DIGITS_SWAPPED, written);
            }
        }
        for (double sign : new double[] {1, -1}) {
            add(out, written + sign, SlipKind.ONE_METRE, written);
            add(out, written + 10 * sign, SlipKind.TEN_METRES, written);
            for (double length : tapeLengths) {
                add(out, written + sign * length, SlipKind.TAPE_LENGTH, written);
            }
            add(out, written + 100 * sign, SlipKind.HUNDRED_METRES, written);
        }
        add(out, written * 10, SlipKind.DECIMAL_SHIFT, written);
        add(out, written / 10, SlipKind.DECIMAL_SHIFT, written);
        int point = text.indexOf('.') < 0 ? text.length() : text.indexOf('.');
        for (int k = 0; k + 1 < point; k++) {
            if (text.charAt(k) == text.charAt(k + 1)) {
                add(out, Double.parseDouble(text.substring(0, k) + text.substring(k + 1)), SlipKind.DIGIT_DOUBLED,
                        written);
            }
        }
        for (int k = 0; k <= point; k++) {
            for (char digit = k == 0 ? '1' : '0'; digit <= '9'; digit++) {
                add(out, Double.parseDouble(text.substring(0, k) + digit + text.substring(k)), SlipKind.DIGIT_DROPPED,
                        written);
            }
        }
        return out;
    }

    private static void add(Map<Double, SlipKind> out, double value, SlipKind kind, double written) {
        double rounded = BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_EVEN).doubleValue();
        if (rounded > 0 && rounded != written) {
            out.putIfAbsent(rounded, kind);
        }
    }

    /**
     * @param network the network
     * @param active observations in the final adjustment (the rejected tape is not among them)
     * @param index the rejected tape
     * @param finalSolution the final adjustment, whose coordinates start each re-adjustment
     */
    List<SlipSuggestion> suggest(Network network, List<String> points, boolean[] active, int index,
            Solution finalSolution, double mdb) {
        return suggest(network, points, active, index, finalSolution, mdb, options.criticalW());
    }

    /**
     * As above, where the re-adjustment with the corrected value may leave |w| up to {@code tolerated}
     * elsewhere (the largest |w| the final solution keeps: one that data snooping could not locate and
     * left in, warned as not_locatable, must not hide the slip).
     */
    List<SlipSuggestion> suggest(Network network, List<String> points, boolean[] active, int index,
            Solution finalSolution, double mdb, double tolerated) {
        Observation o = network.observations().get(index);
        if (!(o instanceof TapeDistance tape)) {
            return List.of();
        }
        double computed = computedDistance(tape, finalSolution, points);
        double f = options.groundToPlane();
        double written = BigDecimal.valueOf(tape.distance() / f).setScale(4, java.math.RoundingMode.HALF_EVEN)
                .doubleValue();
        List<SlipSuggestion> out = new ArrayList<>();
        for (Map.Entry<Double, SlipKind> c : candidates(written, options.tapeLengths()).entrySet()) {
            double plane = c.getKey() * f;
            // A slip smaller than the tape's minimal detectable blunder cannot be told from noise.
            if (!(Math.abs(plane - tape.distance()) >= mdb)) {
                continue;
            }
            // Cheap screen: far outside what the other observations allow needs no re-adjustment.
            if (Math.abs(plane - computed) > 1 + 20 * tape.sigma()) {
                continue;
            }
            List<Observation> changed = new ArrayList<>(network.observations());
            changed.set(index, tape.withDistance(plane));
            boolean[] with = active.clone();
            with[index] = true;
            try {
                Solution s = gaussNewton.solve(points, changed, with, finalSolution.xy);
                double worst = 0;
                double wTape = Double.NaN;
                for (LinearizedObservation lin : s.linearized) {
                    if (lin == null) {
                        continue;
                    }
                    ObservationStatistics st = ObservationStatistics.of(lin, s, options.delta0());
                    double w = st.maxAbsW();
                    if (Double.isFinite(w)) {
                        worst = Math.max(worst, w);
                    }
                    if (lin.index == index) {
                        wTape = st.w[0];
                    }
                }
                if (Double.isFinite(wTape) && Math.abs(wTape) <= options.criticalW()
                        && worst <= Math.max(options.criticalW(), tolerated) + 1e-9) {
                    out.add(new SlipSuggestion(c.getValue(), c.getKey(), wTape));
                }
            } catch (AdjustmentException e) {
                // A candidate that does not converge explains nothing.
            }
        }
        out.sort(Comparator.comparingDouble(s -> Math.abs(s.w())));
        return out;
    }

    private static double computedDistance(TapeDistance t, Solution s, List<String> points) {
        int i = points.indexOf(t.from());
        int j = points.indexOf(t.to());
        return Math.hypot(s.xy[2 * j] - s.xy[2 * i], s.xy[2 * j + 1] - s.xy[2 * i + 1]);
    }
}
