package org.lastmile.domain.sketch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.lastmile.common.MessageKeyed;
import org.lastmile.survey.crs.PlanePoint;

/**
 * The commands a sketch is edited with. Each checks what it needs (the new sketch's constructor
 * checks every reference again) and refuses with a {@link SketchException}, changing nothing.
 */
public final class SketchEdits {

    private SketchEdits() {
    }

    /** A command made of a description and a change. */
    private record Edit(MessageKeyed description, String mergeKey, UnaryOperator<SiteSketch> change)
            implements SketchCommand {
        @Override
        public SiteSketch apply(SiteSketch before) {
            return change.apply(before);
        }
    }

    /** The description of an edit: its kind and what it names. */
    public record Description(EditKind kind, Object... args) implements MessageKeyed {
        @Override
        public String messageKey() {
            return kind.messageKey();
        }

        @Override
        public Object[] messageArgs() {
            return args.clone();
        }
    }

    private static SketchCommand edit(EditKind kind, String mergeKey, UnaryOperator<SiteSketch> change,
            Object... args) {
        return new Edit(new Description(kind, args), mergeKey, change);
    }

    // Corners

    public static SketchCommand addCorner(Corner c) {
        return edit(EditKind.ADD_CORNER, null, s -> s.withCorners(SiteSketch.plus(s.corners(), c)), c.name());
    }

    /** Moves a corner (a new fix, a typed correction); consecutive moves of one corner merge. */
    public static SketchCommand moveCorner(String id, PlanePoint to, CornerOrigin origin) {
        return edit(EditKind.MOVE_CORNER, "move:" + id, s -> s.withCorners(
                SiteSketch.replace(s.corners(), c -> c.id().equals(id), c -> c.withPosition(to, origin), id)), id);
    }

    public static SketchCommand renameCorner(String id, String name) {
        return edit(EditKind.RENAME_CORNER, null, s -> s.withCorners(
                SiteSketch.replace(s.corners(), c -> c.id().equals(id), c -> c.withName(name.strip()), id)), name);
    }

    /** Removes a corner that nothing uses any more. */
    public static SketchCommand removeCorner(String id) {
        return edit(EditKind.REMOVE_CORNER, null, s -> {
            Corner c = s.requireCorner(id);
            if (s.tapes().stream().anyMatch(t -> t.from().equals(id) || t.to().equals(id))
                    || s.bearings().stream().anyMatch(b -> b.from().equals(id) || b.to().equals(id))
                    || s.offsets().stream().anyMatch(o -> List.of(o.a(), o.b(), o.point()).contains(id))
                    || s.parcels().stream().anyMatch(p -> p.ring().contains(id))
                    || s.claims().stream().anyMatch(p -> p.ring().contains(id))
                    || s.agreedLine().map(a -> a.ring().contains(id)).orElse(false)) {
                throw new SketchException(SketchError.CORNER_IN_USE, c.name());
            }
            return s.withCorners(SiteSketch.minus(s.corners(), x -> x.id().equals(id), id));
        }, id);
    }

    /**
     * Names a parcel's corners J1, J2, … clockwise from the top-left; another corner whose name
     * one of them takes gets the next free J number.
     */
    public static SketchCommand numberCorners(String parcelId) {
        return edit(EditKind.NUMBER_CORNERS, null, s -> {
            Parcel p = s.parcel(parcelId).orElseThrow(() -> new SketchException(SketchError.UNKNOWN_ELEMENT, parcelId));
            List<String> order = CornerNaming.clockwiseFromTopLeft(s, p.ring());
            Set<String> taken = new HashSet<>();
            for (int i = 0; i < order.size(); i++) {
                taken.add("J" + (i + 1));
            }
            int next = order.size() + 1;
            List<Corner> out = new ArrayList<>();
            for (Corner c : s.corners()) {
                int at = order.indexOf(c.id());
                if (at >= 0) {
                    out.add(c.withName("J" + (at + 1)));
                } else if (taken.contains(c.name())) {
                    while (taken.contains("J" + next) || s.cornerNamed("J" + next).isPresent()) {
                        next++;
                    }
                    taken.add("J" + next);
                    out.add(c.withName("J" + next));
                } else {
                    out.add(c);
                }
            }
            return s.withCorners(out);
        }, parcelId);
    }

    // Measurements

    /** Adds a tape, or replaces the tape with the same id. */
    public static SketchCommand tape(Tape t) {
        return edit(EditKind.TAPE, "tape:" + t.id(), s -> {
            s.requireCorner(t.from());
            s.requireCorner(t.to());
            boolean exists = s.tapes().stream().anyMatch(x -> x.id().equals(t.id()));
            return s.withTapes(exists ? SiteSketch.replace(s.tapes(), x -> x.id().equals(t.id()), x -> t, t.id())
                    : SiteSketch.plus(s.tapes(), t));
        }, t.typed());
    }

    /** Changes a tape's length (the one-key fix of a slip uses this too). */
    public static SketchCommand tapeLength(String id, double lengthM, String typed) {
        return edit(EditKind.TAPE, "tape:" + id, s -> s.withTapes(SiteSketch.replace(s.tapes(),
                x -> x.id().equals(id), x -> x.withLength(lengthM, typed), id)), typed);
    }

    public static SketchCommand removeTape(String id) {
        return edit(EditKind.REMOVE_TAPE, null, s -> s.withTapes(SiteSketch.minus(s.tapes(), x -> x.id().equals(id), id)),
                id);
    }

    public static SketchCommand bearing(CompassBearing b) {
        return edit(EditKind.BEARING, null, s -> s.withBearings(SiteSketch.plus(
                s.bearings().stream().filter(x -> !x.id().equals(b.id())).toList(), b)), b.degrees());
    }

    public static SketchCommand offset(Offset o) {
        return edit(EditKind.OFFSET, null, s -> s.withOffsets(SiteSketch.plus(
                s.offsets().stream().filter(x -> !x.id().equals(o.id())).toList(), o)), o.chainageM(), o.offsetM());
    }

    /** Removes a bearing or an offset. */
    public static SketchCommand removeMeasurement(String id) {
        return edit(EditKind.REMOVE_MEASUREMENT, null, s -> {
            List<CompassBearing> b = s.bearings().stream().filter(x -> !x.id().equals(id)).toList();
            List<Offset> o = s.offsets().stream().filter(x -> !x.id().equals(id)).toList();
            if (b.size() == s.bearings().size() && o.size() == s.offsets().size()) {
                throw new SketchException(SketchError.UNKNOWN_ELEMENT, id);
            }
            return s.withBearings(b).withOffsets(o);
        }, id);
    }

    // Lines and areas

    /** Adds a parcel or replaces the one with the same id. */
    public static SketchCommand parcel(Parcel p) {
        return edit(EditKind.PARCEL, null, s -> {
            List<Parcel> out = new ArrayList<>(s.parcels().stream().filter(x -> !x.id().equals(p.id())).toList());
            out.add(p);
            SiteSketch next = s.withParcels(out);
            // a changed ring may no longer have the divided edge: the division goes with it
            return s.divisionOf().filter(d -> d.parcelId().equals(p.id())).isPresent() ? next.withDivision(null) : next;
        }, p.label());
    }

    /** Sets a party's claim (replacing its earlier one), or removes it when {@code ring} is empty. */
    public static SketchCommand claim(Party party, List<String> ring) {
        return edit(EditKind.CLAIM, null, s -> {
            List<Claim> out = new ArrayList<>(s.claims().stream().filter(c -> c.party() != party).toList());
            if (!ring.isEmpty()) {
                out.add(new Claim(party, ring));
            }
            return s.withClaims(out);
        }, new org.lastmile.common.Key(party.messageKey()));
    }

    /** Sets the agreed line, or removes it when {@code ring} is empty. */
    public static SketchCommand agreed(List<String> ring) {
        return edit(EditKind.AGREED, null, s -> s.withAgreed(ring.isEmpty() ? null : new AgreedLine(ring)));
    }

    /** Divides a parcel: a target area cut parallel to an edge (replacing an earlier division). */
    public static SketchCommand divide(String parcelId, int edge, double targetM2) {
        return edit(EditKind.DIVIDE, null, s -> s.withDivision(new Division(parcelId, edge, targetM2, List.of())),
                targetM2);
    }

    /**
     * Divides a parcel: a target area cut off by a straight line through a point (a well, a tree, a
     * stone), replacing an earlier division; part 0 is the target part.
     */
    public static SketchCommand divideThrough(String parcelId, PlanePoint through, double targetM2) {
        return edit(EditKind.DIVIDE, null, s -> s.withDivision(new Division(parcelId, 0, targetM2, List.of(),
                through)), targetM2);
    }

    /** Assigns part {@code part} (0 = on the edge's side) of the division to a party. */
    public static SketchCommand assignPart(int part, Party party) {
        return edit(EditKind.ASSIGN_PART, null, s -> s.withDivision(s.divisionOf()
                .orElseThrow(() -> new SketchException(SketchError.UNKNOWN_ELEMENT, "division")).assign(part, party)),
                part + 1, new org.lastmile.common.Key(party.messageKey()));
    }

    // Markers, landmarks, labels

    /** Adds a marker or replaces the one with the same id. */
    public static SketchCommand marker(Marker m) {
        return edit(EditKind.MARKER, null, s -> s.withMarkers(SiteSketch.plus(
                s.markers().stream().filter(x -> !x.id().equals(m.id())).toList(), m)), m.name());
    }

    /** Records where a marker was set (its measured position beside the design). */
    public static SketchCommand placeMarker(String id, PlanePoint placed) {
        return edit(EditKind.PLACE_MARKER, null, s -> s.withMarkers(SiteSketch.replace(s.markers(),
                m -> m.id().equals(id), m -> m.placedAt(placed), id)), id);
    }

    public static SketchCommand landmark(Landmark l) {
        return edit(EditKind.LANDMARK, null, s -> s.withLandmarks(SiteSketch.plus(
                s.landmarks().stream().filter(x -> !x.id().equals(l.id())).toList(), l)), l.label());
    }

    public static SketchCommand fourBoundaries(FourBoundaries f) {
        return edit(EditKind.FOUR_BOUNDARIES, "fourBoundaries", s -> s.withFourBoundaries(f));
    }

    public static SketchCommand drafting(Drafting d) {
        return edit(EditKind.DRAFTING, "drafting", s -> s.withDrafting(d));
    }
}
