package org.lastmile.domain.sketch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lastmile.common.MessageKeyed;
import org.lastmile.survey.area.Area;
import org.lastmile.survey.crs.PlanePoint;
import org.locationtech.jts.geom.Geometry;

/**
 * What {@link SketchCalculator} found for one snapshot of a sketch: where every corner is after
 * the adjustment, how every tape fits (residual, slip and its suggestion), the warnings and the
 * diagonal to tape next, the areas with their σ, the parts of the division and the stake-out card
 * of every computed point.
 *
 * @param sketch the snapshot calculated
 * @param corners by corner id: its position (adjusted when it was measured) and σ
 * @param tapes the fit of each tape, in the sketch's order
 * @param warnings the adjustment's warnings, and a problem that stopped it
 * @param nextDiagonal the diagonal to tape next when the geometry is weak (corner names), if any
 * @param parcel the first parcel's area
 * @param claims each party's claimed area
 * @param agreed the agreed line's area
 * @param between the area between the two claims (their symmetric difference), when both exist
 * @param parts the parts of the division, edge side first
 * @param stakeouts the stake-out card of each end of the cut line
 * @param trustworthy whether the adjustment's verdict lets the areas be relied on, and every line is a
 *     valid polygon
 * @param problems the lines that are no valid polygon (a crossing ring…), where, and why; such a
 *     line has no figure
 */
public record SketchResult(SiteSketch sketch, Map<String, CornerFix> corners, List<TapeFit> tapes,
        List<MessageKeyed> warnings, Optional<List<String>> nextDiagonal, Optional<Figure> parcel, List<Figure> claims,
        Optional<Figure> agreed, Optional<Figure> between, List<PartFigure> parts, List<StakeoutCard> stakeouts,
        boolean trustworthy, List<RingProblem> problems) {

    public SketchResult {
        corners = Map.copyOf(corners);
        tapes = List.copyOf(tapes);
        warnings = List.copyOf(warnings);
        claims = List.copyOf(claims);
        parts = List.copyOf(parts);
        stakeouts = List.copyOf(stakeouts);
        problems = List.copyOf(problems);
    }

    /** The position to draw a corner at. */
    public PlanePoint position(String cornerId) {
        CornerFix f = corners.get(cornerId);
        return f != null ? f.position() : sketch.requireCorner(cornerId).position();
    }

    /** Every corner's position to draw at, by corner id (adjusted where measured). */
    public Map<String, PlanePoint> positions() {
        Map<String, PlanePoint> out = new java.util.HashMap<>();
        sketch.corners().forEach(c -> out.put(c.id(), position(c.id())));
        return out;
    }

    /** How a tape fits, if the adjustment ran. */
    public Optional<TapeFit> tape(String tapeId) {
        return tapes.stream().filter(t -> t.tapeId().equals(tapeId)).findFirst();
    }

    /** The first tape rejected as a slip with a suggestion: the one the one-key fix mends. */
    public Optional<TapeFit> slip() {
        return tapes.stream().filter(t -> t.rejected() && t.suggestion().isPresent()).findFirst();
    }

    /**
     * A corner after adjustment.
     *
     * @param position adjusted (or as drawn, when nothing measured it)
     * @param sigmaE σ of the easting, m (NaN when not adjusted)
     * @param sigmaN σ of the northing, m
     */
    public record CornerFix(PlanePoint position, double sigmaE, double sigmaN) {
    }

    /**
     * How a tape fits the adjusted corners.
     *
     * @param tapeId the tape
     * @param residualM adjusted minus taped, metres on the plane
     * @param w the standardized residual (NaN without redundancy)
     * @param rejected whether the adjustment rejected it as a slip
     * @param suggestion the value it was probably meant to read ("85.37 m?"), as written on the ground
     */
    public record TapeFit(String tapeId, double residualM, double w, boolean rejected, OptionalDouble suggestion) {
    }

    /**
     * An area drawn on the sketch.
     *
     * @param party the party of a claim or part, empty for the parcel and the agreed line
     * @param geometry the polygon (a multipolygon for the area between claims or a part in pieces)
     * @param m2 plane area, m²
     * @param sigmaM2 its σ from the adjusted corners' covariance, m² (NaN when not known)
     */
    public record Figure(Optional<Party> party, Geometry geometry, double m2, double sigmaM2) {
        public double mu() {
            return Area.toMu(m2);
        }

        public double sigmaMu() {
            return Area.toMu(sigmaM2);
        }
    }

    /**
     * A part of the division.
     *
     * @param index 0 for the part on the cut edge's side
     * @param party its party, when assigned
     * @param figure its geometry and area (σ not computed: NaN)
     * @param targetM2 the area it was meant to have
     */
    public record PartFigure(int index, Optional<Party> party, Figure figure, double targetM2) {
    }

    /**
     * Where to set a new stone (survey's stake-out against the parcel ring, corners by name).
     *
     * @param point the design position
     * @param edgeFrom the edge's first corner
     * @param edgeTo its second corner
     * @param alongM distance along the edge from {@code edgeFrom}
     * @param offsetM perpendicular offset, positive to the left of from→to
     * @param nearest the nearest corner
     * @param nearestDistanceM distance from it
     * @param nearestBearingDeg grid bearing from it, north = 0, clockwise
     * @param checks two check distances: corner name → metres, nearest first
     */
    public record StakeoutCard(PlanePoint point, String edgeFrom, String edgeTo, double alongM, double offsetM,
            String nearest, double nearestDistanceM, double nearestBearingDeg, List<Map.Entry<String, Double>> checks) {
        public StakeoutCard {
            checks = List.copyOf(checks);
        }
    }
}
