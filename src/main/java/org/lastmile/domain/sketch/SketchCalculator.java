package org.lastmile.domain.sketch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.survey.adjust.AdjustmentResult;
import org.lastmile.survey.adjust.Blunder;
import org.lastmile.survey.adjust.ObservationResult;
import org.lastmile.survey.adjust.ScreenFinding;
import org.lastmile.survey.area.AreaUncertainty;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.division.Cut;
import org.lastmile.survey.site.SiteAdjustment;
import org.lastmile.survey.site.SiteReader;
import org.lastmile.survey.site.SiteResult;
import org.lastmile.survey.stakeout.Stakeout;
import org.lastmile.survey.stakeout.StakeoutOp;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Calculates a snapshot of a sketch with the survey library, never with geometry of its own: the
 * sketch becomes a SITE.json ({@link SiteFile}) that {@link SiteReader} reads and
 * {@link SiteAdjustment} adjusts (residuals, slips with suggestions, warnings, the parcel's area
 * and σ); claims and the agreed line get their σ from the same covariance
 * ({@link AreaUncertainty}); the division is {@link DivisionCut} (parallel to an edge or through a point) on the adjusted parcel and the
 * ends of its cut line are staked out with {@link StakeoutOp}. A problem that stops a step (too
 * few measurements, a crossing ring) becomes a warning; the rest is still calculated.
 */
public final class SketchCalculator {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** Calculates a sketch. Never throws for a sketch the model accepts. */
    public SketchResult calculate(SiteSketch s) {
        List<MessageKeyed> warnings = new ArrayList<>();
        SiteFile file = SiteFile.of(s);
        Optional<SiteResult> adjusted = adjust(file, warnings);
        Map<String, SketchResult.CornerFix> fixes = new HashMap<>();
        List<SketchResult.TapeFit> tapes = new ArrayList<>();
        boolean trustworthy = false;
        if (adjusted.isPresent()) {
            AdjustmentResult r = adjusted.get().adjustment();
            for (Corner c : s.corners()) {
                r.point(c.name()).ifPresent(p -> fixes.put(c.id(),
                        new SketchResult.CornerFix(p.position(), p.sigmaE(), p.sigmaN())));
            }
            tapes.addAll(tapeFits(s, file, r));
            warnings.addAll(r.warnings());
            trustworthy = r.verdict().trustworthy();
        }
        for (Corner c : s.corners()) {
            fixes.putIfAbsent(c.id(), new SketchResult.CornerFix(c.position(), Double.NaN, Double.NaN));
        }
        Optional<List<String>> diagonal = DiagonalAdvice.next(s, adjusted.map(SiteResult::adjustment));
        diagonal.ifPresent(d -> warnings.add(DiagonalAdvice.warning(s, d)));

        List<RingProblem> problems = new ArrayList<>();
        Optional<SketchResult.Figure> parcel = s.parcels().isEmpty() ? Optional.empty()
                : figure(s, s.parcels().get(0).ring(), Optional.empty(), RingProblem.Role.PARCEL, fixes, adjusted,
                        problems);
        List<SketchResult.Figure> claims = new ArrayList<>();
        for (Claim c : s.claims()) {
            figure(s, c.ring(), Optional.of(c.party()), RingProblem.Role.of(Optional.of(c.party())), fixes, adjusted,
                    problems).ifPresent(claims::add);
        }
        Optional<SketchResult.Figure> agreed = s.agreedLine()
                .flatMap(a -> figure(s, a.ring(), Optional.empty(), RingProblem.Role.AGREED, fixes, adjusted, problems));
        warnings.addAll(problems);
        if (!problems.isEmpty()) {
            trustworthy = false;
        }
        Optional<SketchResult.Figure> between = Optional.empty();
        if (claims.size() == 2) {
            Geometry g = claims.get(0).geometry().symDifference(claims.get(1).geometry());
            between = Optional.of(new SketchResult.Figure(Optional.empty(), g, g.getArea(), Double.NaN));
        }
        List<SketchResult.PartFigure> parts = new ArrayList<>();
        List<SketchResult.StakeoutCard> cards = new ArrayList<>();
        if (s.divisionOf().isPresent() && parcel.isPresent()) {
            divide(s, s.division(), fixes, parts, cards, warnings);
        }
        SketchResult.Figure parcelFigure = parcel.orElse(null);
        return new SketchResult(s, fixes, tapes, warnings, diagonal, Optional.ofNullable(parcelFigure), claims, agreed,
                between, parts, cards, trustworthy, problems);
    }

    private static Optional<SiteResult> adjust(SiteFile file, List<MessageKeyed> warnings) {
        if (file.sources().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SiteAdjustment.adjust(new SiteReader().read(file.json())));
        } catch (LocalizedException e) {
            warnings.add(e);
            return Optional.empty();
        }
    }

    private static List<SketchResult.TapeFit> tapeFits(SiteSketch s, SiteFile file, AdjustmentResult r) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < file.sources().size(); i++) {
            index.put(file.sources().get(i), i);
        }
        List<SketchResult.TapeFit> out = new ArrayList<>();
        for (Tape t : s.tapes()) {
            int i = index.get(t.id());
            ObservationResult o = r.observations().get(i);
            OptionalDouble suggestion = OptionalDouble.empty();
            boolean flagged = o.rejected();
            for (Blunder b : r.blunders()) {
                if (b.index() == i && !b.suggestions().isEmpty()) {
                    suggestion = OptionalDouble.of(b.suggestions().get(0).value());
                }
            }
            // a gross slip is caught against the GNSS corners before adjusting (the screen), when
            // the tapes alone cannot locate it yet: the screen shows it with its suggestion too
            for (ScreenFinding f : r.screen()) {
                if (f.index() == i && !f.suggestions().isEmpty()) {
                    flagged = true;
                    if (suggestion.isEmpty()) {
                        suggestion = OptionalDouble.of(f.suggestions().get(0).value());
                    }
                }
            }
            out.add(new SketchResult.TapeFit(t.id(), o.residual()[0], o.w()[0], flagged, suggestion));
        }
        return out;
    }

    private static Optional<SketchResult.Figure> figure(SiteSketch s, List<String> ring, Optional<Party> party,
            RingProblem.Role role, Map<String, SketchResult.CornerFix> fixes, Optional<SiteResult> adjusted,
            List<RingProblem> problems) {
        List<PlanePoint> points = ring.stream().map(id -> fixes.get(id).position()).toList();
        Polygon polygon = polygon(points);
        Optional<RingProblem> problem = RingCheck.check(s, ring, points, polygon, role);
        if (problem.isPresent()) {
            problems.add(problem.get());
            return Optional.empty();
        }
        double sigma = Double.NaN;
        if (adjusted.isPresent()) {
            List<String> names = ring.stream().map(id -> s.requireCorner(id).name()).toList();
            AdjustmentResult r = adjusted.get().adjustment();
            if (names.stream().allMatch(n -> r.point(n).isPresent())) {
                sigma = AreaUncertainty.sigma(points, r.covariance(names));
            }
        }
        return Optional.of(new SketchResult.Figure(party, polygon, polygon.getArea(), sigma));
    }

    private static void divide(SiteSketch s, Division d, Map<String, SketchResult.CornerFix> fixes,
            List<SketchResult.PartFigure> parts, List<SketchResult.StakeoutCard> cards, List<MessageKeyed> warnings) {
        Parcel p = s.parcel(d.parcelId()).orElseThrow();
        List<PlanePoint> points = p.ring().stream().map(id -> fixes.get(id).position()).toList();
        Polygon polygon = polygon(points);
        try {
            org.lastmile.survey.division.Division division = DivisionCut.cut(polygon, d);
            for (int i = 0; i < division.parts().size(); i++) {
                org.lastmile.survey.division.Part part = division.parts().get(i);
                parts.add(new SketchResult.PartFigure(i, d.party(i), new SketchResult.Figure(d.party(i),
                        part.geometry(), part.areaM2(), Double.NaN), part.targetM2()));
            }
            StakeoutOp stakeout = new StakeoutOp(polygon);
            for (Cut cut : division.cuts()) {
                Coordinate[] line = cut.line().getCoordinates();
                for (Coordinate end : List.of(line[0], line[line.length - 1])) {
                    cards.add(card(s, p.ring(), stakeout.locate(end)));
                }
            }
            division.warnings().forEach(warnings::add);
        } catch (LocalizedException e) {
            warnings.add(e);
        }
    }

    private static SketchResult.StakeoutCard card(SiteSketch s, List<String> ring, Stakeout k) {
        java.util.function.IntFunction<String> name = i -> s.requireCorner(ring.get(i)).name();
        List<Map.Entry<String, Double>> checks = k.checks().stream()
                .map(c -> Map.entry(name.apply(c.corner()), c.distanceM())).toList();
        return new SketchResult.StakeoutCard(new PlanePoint(k.e(), k.n()), name.apply(k.edge().from()),
                name.apply(k.edge().to()), k.alongM(), k.offsetM(), name.apply(k.nearest().corner()),
                k.nearest().distanceM(), k.nearest().bearingDeg(), checks);
    }

    static Polygon polygon(List<PlanePoint> points) {
        Coordinate[] c = new Coordinate[points.size() + 1];
        for (int i = 0; i < points.size(); i++) {
            c[i] = new Coordinate(points.get(i).e(), points.get(i).n());
        }
        c[points.size()] = c[0];
        return GEOMETRY.createPolygon(c);
    }
}
