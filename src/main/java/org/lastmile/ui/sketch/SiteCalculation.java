package org.lastmile.ui.sketch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.Parcel;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.Tape;
import org.lastmile.survey.adjust.AdjustedPoint;
import org.lastmile.survey.adjust.AdjustmentOptions;
import org.lastmile.survey.adjust.Blunder;
import org.lastmile.survey.adjust.Network;
import org.lastmile.survey.adjust.ObservationResult;
import org.lastmile.survey.adjust.SlipSuggestion;
import org.lastmile.survey.crs.Crs;
import org.lastmile.survey.crs.CrsCatalog;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.crs.PlaneSystem;
import org.lastmile.survey.crs.SiteScale;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.TapeDistance;
import org.lastmile.survey.site.Site;
import org.lastmile.survey.site.SiteAdjustment;
import org.lastmile.survey.site.SiteResult;

/**
 * The sketch as the survey engine sees it: its tapes and measured corners as a {@link Site}
 * (tapes on the ground, reduced to the plane by the site's height), adjusted with data snooping
 * and slip search by {@link SiteAdjustment}; the screen shows the outcome ({@link Outcome}).
 * Pure computation on an immutable sketch, so it runs off the FX thread.
 */
public final class SiteCalculation {

    /** What a tape did in the adjustment. */
    public record TapeCheck(String tapeId, double residualM, double w, boolean rejected,
            Optional<SlipSuggestion> suggestion) {
    }

    /**
     * @param adjusted adjusted position of each corner id (the drawn positions when not adjusted)
     * @param tapes per tape id
     * @param areaM2 the first parcel's plane area (NaN without a parcel)
     * @param sigmaM2 its σ (NaN when not known)
     * @param redundancy degrees of freedom of the network
     * @param nextDiagonal the corner ids of a pair to tape next when the figure is weak, or empty
     * @param problemKey a message key when the network could not be adjusted, or null
     */
    public record Outcome(Map<String, PlanePoint> adjusted, Map<String, TapeCheck> tapes, double areaM2,
            double sigmaM2, int redundancy, List<String> nextDiagonal, String problemKey) {

        public double mu() {
            return areaM2 * 15 / 10_000;
        }

        public double sigmaMu() {
            return sigmaM2 * 15 / 10_000;
        }

        public Optional<TapeCheck> slip() {
            return tapes.values().stream().filter(t -> t.rejected() && t.suggestion().isPresent()).findFirst();
        }
    }

    private SiteCalculation() {
    }

    public static Outcome run(SiteSketch sketch) {
        Map<String, PlanePoint> drawn = new LinkedHashMap<>();
        sketch.corners().forEach(c -> drawn.put(c.id(), c.position()));
        Optional<Parcel> parcel = sketch.parcels().stream().findFirst();
        List<String> boundary = parcel.map(Parcel::ring).orElse(List.of());
        List<Observation> obs = new ArrayList<>();
        SiteScale scale = scale(sketch);
        for (Tape t : sketch.tapes()) {
            // the network is on the plane; the adjustment reports slips on the ground again
            obs.add(TapeDistance.of(t.from(), t.to(), t.lengthM() * scale.groundToPlane()));
        }
        for (Corner c : sketch.corners()) {
            if (c.origin().observed()) {
                double s = c.origin().sigmaM() / Math.sqrt(2);
                obs.add(PointPosition.gnss(c.id(), c.position().e(), c.position().n(), s));
            }
        }
        double area = boundary.size() >= 3 ? Math.abs(org.lastmile.survey.area.PlaneArea.signed(sketch.positions(boundary))) : Double.NaN;
        if (sketch.tapes().isEmpty() || obs.size() < 2) {
            return new Outcome(drawn, Map.of(), area, Double.NaN, 0, weak(sketch, boundary) ? nextDiagonal(sketch, boundary) : List.of(), null);
        }
        try {
            Site site = new Site(plane(sketch), false, sketch.heightM(), scale, new Network(obs, drawn),
                    boundary);
            SiteResult result = new SiteAdjustment(AdjustmentOptions.defaults()).run(site);
            Map<String, PlanePoint> adjusted = new LinkedHashMap<>(drawn);
            for (AdjustedPoint p : result.adjustment().points()) {
                adjusted.put(p.id(), p.position());
            }
            Map<String, TapeCheck> tapes = new LinkedHashMap<>();
            Map<Integer, Optional<SlipSuggestion>> flagged = new HashMap<>();
            // a gross slip is caught by the screen against the GNSS corners before adjusting, a
            // smaller one by data snooping; either way the first suggestion is the fix offered
            result.adjustment().screen().forEach(f -> flagged.put(f.index(), f.suggestions().stream().findFirst()));
            for (Blunder b : result.adjustment().blunders()) {
                flagged.merge(b.index(), b.suggestions().stream().findFirst(), (x, y) -> x.isPresent() ? x : y);
            }
            for (int i = 0; i < sketch.tapes().size(); i++) {
                Tape t = sketch.tapes().get(i);
                Optional<SlipSuggestion> slip = flagged.get(i);
                ObservationResult r = i < result.adjustment().observations().size()
                        ? result.adjustment().observations().get(i) : null;
                double v = r == null ? Double.NaN : r.residual()[0];
                double w = r == null ? Double.NaN : r.w()[0];
                tapes.put(t.id(), new TapeCheck(t.id(), v, w, slip != null, slip == null ? Optional.empty() : slip));
            }
            double a = result.area().map(x -> x.area().m2()).orElse(area);
            double s = result.area().map(x -> x.sigmaM2()).orElse(Double.NaN);
            int dof = result.adjustment().degreesOfFreedom();
            List<String> next = weak(sketch, boundary) ? nextDiagonal(sketch, boundary) : List.of();
            return new Outcome(adjusted, tapes, a, s, dof, next, null);
        } catch (org.lastmile.common.LocalizedException e) {
            return new Outcome(drawn, Map.of(), area, Double.NaN, 0, nextDiagonal(sketch, boundary), e.messageKey());
        }
    }

    private static Optional<PlaneSystem> plane(SiteSketch sketch) {
        try {
            Crs crs = CrsCatalog.parse(sketch.crs());
            return crs instanceof PlaneSystem p ? Optional.of(p) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static SiteScale scale(SiteSketch sketch) {
        Optional<PlaneSystem> plane = plane(sketch);
        if (plane.isEmpty() || sketch.corners().isEmpty()) {
            return SiteScale.of(1, 6_371_000, 0);
        }
        return SiteScale.at(plane.get(), sketch.corners().get(0).position(), sketch.heightM());
    }

    /**
     * Whether the parcel's tapes alone leave it less than rigid with one spare: a ring of n corners
     * needs 2n − 3 tapes to hold its shape (survey.md), and one more to show a slip.
     */
    static boolean weak(SiteSketch sketch, List<String> ring) {
        long inRing = sketch.tapes().stream().filter(t -> ring.contains(t.from()) && ring.contains(t.to())).count();
        return ring.size() >= 4 && inRing < 2L * ring.size() - 2;
    }

    /** The untaped pair of parcel corners to tape next: a diagonal between the least-taped corners. */
    static List<String> nextDiagonal(SiteSketch sketch, List<String> ring) {
        if (ring.size() < 4) {
            return List.of();
        }
        Map<String, Integer> count = new HashMap<>();
        Set<String> taped = new HashSet<>();
        for (Tape t : sketch.tapes()) {
            count.merge(t.from(), 1, Integer::sum);
            count.merge(t.to(), 1, Integer::sum);
            taped.add(t.from() + "|" + t.to());
            taped.add(t.to() + "|" + t.from());
        }
        List<String> best = List.of();
        int bestScore = Integer.MAX_VALUE;
        int n = ring.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 2; j < n; j++) {
                if (i == 0 && j == n - 1) {
                    continue; // a side, not a diagonal
                }
                String a = ring.get(i);
                String b = ring.get(j);
                if (taped.contains(a + "|" + b)) {
                    continue;
                }
                int score = count.getOrDefault(a, 0) + count.getOrDefault(b, 0);
                if (score < bestScore) {
                    bestScore = score;
                    best = List.of(a, b);
                }
            }
        }
        return best;
    }
}
