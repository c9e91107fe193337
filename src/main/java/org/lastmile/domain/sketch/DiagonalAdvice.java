package org.lastmile.domain.sketch;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.survey.adjust.AdjustmentResult;
import org.lastmile.survey.crs.PlanePoint;

/**
 * Which diagonal to tape next (survey.md, "Geometry that decides whether blunders can be found"):
 * a ring of n corners needs 2n − 3 tapes to be rigid, and two more so that a slip can be located.
 * While the parcel has fewer, the advice names the untaped diagonal whose length the adjustment
 * knows worst (largest σ of the distance from the corners' covariance; the longest when not
 * adjusted); sides come only when every diagonal is taped.
 */
final class DiagonalAdvice {

    /** Spare tapes per figure beyond rigidity, so a slip can be located, not only seen. */
    static final int SPARE = 2;

    private DiagonalAdvice() {
    }

    /** The two corner names of the diagonal to tape next, if the parcel needs more tapes. */
    static Optional<List<String>> next(SiteSketch s, Optional<AdjustmentResult> adjusted) {
        if (s.parcels().isEmpty()) {
            return Optional.empty();
        }
        List<String> ring = s.parcels().get(0).ring();
        int n = ring.size();
        if (taped(s, ring) >= needed(n)) {
            return Optional.empty();
        }
        List<String> best = null;
        double bestScore = -1;
        for (boolean sides : new boolean[] {false, true}) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    boolean adjacent = j == i + 1 || i == 0 && j == n - 1;
                    String a = ring.get(i);
                    String b = ring.get(j);
                    if (adjacent != sides || s.tapeBetween(a, b).isPresent()) {
                        continue;
                    }
                    double score = score(s, a, b, adjusted);
                    if (score > bestScore) {
                        bestScore = score;
                        best = List.of(s.requireCorner(a).name(), s.requireCorner(b).name());
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** The warning that names the diagonal: "tape J2–J5 next (7 of 9 tapes)". */
    static MessageKeyed warning(SiteSketch s, List<String> diagonal) {
        List<String> ring = s.parcels().get(0).ring();
        return new LocalizedException("sketch.warning.tapeDiagonal", diagonal.get(0), diagonal.get(1),
                taped(s, ring), needed(ring.size()));
    }

    static int needed(int corners) {
        return 2 * corners - 3 + SPARE;
    }

    private static int taped(SiteSketch s, List<String> ring) {
        Set<String> pairs = new HashSet<>();
        for (Tape t : s.tapes()) {
            if (ring.contains(t.from()) && ring.contains(t.to())) {
                pairs.add(t.from().compareTo(t.to()) < 0 ? t.from() + "|" + t.to() : t.to() + "|" + t.from());
            }
        }
        return pairs.size();
    }

    private static double score(SiteSketch s, String a, String b, Optional<AdjustmentResult> adjusted) {
        PlanePoint pa = s.requireCorner(a).position();
        PlanePoint pb = s.requireCorner(b).position();
        String na = s.requireCorner(a).name();
        String nb = s.requireCorner(b).name();
        if (adjusted.isPresent() && adjusted.get().point(na).isPresent() && adjusted.get().point(nb).isPresent()) {
            double[][] q = adjusted.get().covariance(List.of(na, nb));
            double d = pa.distanceTo(pb);
            double ue = (pb.e() - pa.e()) / d;
            double un = (pb.n() - pa.n()) / d;
            // σ² of the distance: uᵀ (Σbb + Σaa − Σab − Σba) u
            double ee = q[0][0] + q[2][2] - 2 * q[0][2];
            double nn = q[1][1] + q[3][3] - 2 * q[1][3];
            double en = q[0][1] + q[2][3] - q[0][3] - q[1][2];
            return 1e6 + ue * ue * ee + un * un * nn + 2 * ue * un * en;
        }
        return pa.distanceTo(pb);
    }
}
