package org.lastmile.domain.sketch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The sketch of one case's site, immutable: each edit makes a new value, so the adjustment can
 * run on the snapshot the screen shows while the next edit is typed, and undo is a return to the
 * previous value.
 *
 * @param caseId the case
 * @param crs the plane system of every position, e.g. {@code EPSG:4542} (Gauss-Krüger zone 33 on
 *     CGCS2000, no prefix)
 * @param heightM the site height, metres (tapes are reduced from the ground to the plane with it)
 * @param corners boundary points
 * @param markers boundary markers (界桩)
 * @param tapes taped distances
 * @param bearings bearings
 * @param offsets baseline offsets
 * @param parcels parcels (usually one)
 * @param claims at most one claim per party
 * @param agreed the agreed line, or {@code null}
 * @param division the division of a parcel, or {@code null}
 * @param landmarks roads, canals, wells, …
 * @param fourBoundaries 四至
 * @param drafting who drew it and when
 */
public record SiteSketch(UUID caseId, String crs, double heightM, List<Corner> corners, List<Marker> markers,
        List<Tape> tapes, List<CompassBearing> bearings, List<Offset> offsets, List<Parcel> parcels,
        List<Claim> claims, AgreedLine agreed, Division division, List<Landmark> landmarks,
        FourBoundaries fourBoundaries, Drafting drafting) {

    public SiteSketch {
        Objects.requireNonNull(caseId);
        Objects.requireNonNull(crs);
        Objects.requireNonNull(fourBoundaries);
        Objects.requireNonNull(drafting);
        corners = List.copyOf(corners);
        markers = List.copyOf(markers);
        tapes = List.copyOf(tapes);
        bearings = List.copyOf(bearings);
        offsets = List.copyOf(offsets);
        parcels = List.copyOf(parcels);
        claims = List.copyOf(claims);
        landmarks = List.copyOf(landmarks);
        if (!Double.isFinite(heightM)) {
            throw new SketchException(SketchError.NOT_FINITE, heightM);
        }
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Corner c : corners) {
            if (!names.add(c.name())) {
                throw new SketchException(SketchError.DUPLICATE_NAME, c.name());
            }
            ids.add(c.id());
        }
        for (Tape t : tapes) {
            known(ids, t.from());
            known(ids, t.to());
        }
        for (CompassBearing b : bearings) {
            known(ids, b.from());
            known(ids, b.to());
        }
        for (Offset o : offsets) {
            known(ids, o.a());
            known(ids, o.b());
            known(ids, o.point());
        }
        parcels.forEach(p -> p.ring().forEach(id -> known(ids, id)));
        claims.forEach(c -> c.ring().forEach(id -> known(ids, id)));
        if (agreed != null) {
            agreed.ring().forEach(id -> known(ids, id));
        }
        Set<Party> parties = new HashSet<>();
        for (Claim c : claims) {
            if (!parties.add(c.party())) {
                throw new SketchException(SketchError.DUPLICATE_NAME, c.party().name());
            }
        }
        if (division != null) {
            String parcelId = division.parcelId();
            Parcel p = parcels.stream().filter(x -> x.id().equals(parcelId)).findFirst()
                    .orElseThrow(() -> new SketchException(SketchError.UNKNOWN_ELEMENT, parcelId));
            if (division.edge() >= p.ring().size()) {
                throw new SketchException(SketchError.UNKNOWN_ELEMENT, division.edge());
            }
        }
    }

    private static void known(Set<String> ids, String id) {
        if (!ids.contains(id)) {
            throw new SketchException(SketchError.UNKNOWN_CORNER, id);
        }
    }

    /** An empty sketch of a case on a plane. */
    public static SiteSketch empty(UUID caseId, String crs, double heightM) {
        return new SiteSketch(caseId, crs, heightM, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, List.of(), FourBoundaries.EMPTY, Drafting.NONE);
    }

    public Optional<Corner> corner(String id) {
        return corners.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Corner> cornerNamed(String name) {
        return corners.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The corner with this id; refused when there is none. */
    public Corner requireCorner(String id) {
        return corner(id).orElseThrow(() -> new SketchException(SketchError.UNKNOWN_CORNER, id));
    }

    public Optional<Claim> claim(Party party) {
        return claims.stream().filter(c -> c.party() == party).findFirst();
    }

    public Optional<Parcel> parcel(String id) {
        return parcels.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<AgreedLine> agreedLine() {
        return Optional.ofNullable(agreed);
    }

    public Optional<Division> divisionOf() {
        return Optional.ofNullable(division);
    }

    public Optional<Marker> marker(String id) {
        return markers.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The tape between two corners, if any (the latest entered). */
    public Optional<Tape> tapeBetween(String a, String b) {
        for (int i = tapes.size() - 1; i >= 0; i--) {
            if (tapes.get(i).joins(a, b)) {
                return Optional.of(tapes.get(i));
            }
        }
        return Optional.empty();
    }

    /** The positions of a ring of corner ids, in order. */
    public List<org.lastmile.survey.crs.PlanePoint> positions(List<String> ring) {
        return ring.stream().map(id -> requireCorner(id).position()).toList();
    }

    // Copies with one part changed. The compact constructor checks every reference again.

    public SiteSketch withCorners(List<Corner> v) {
        return new SiteSketch(caseId, crs, heightM, v, markers, tapes, bearings, offsets, parcels, claims, agreed,
                division, landmarks, fourBoundaries, drafting);
    }

    public SiteSketch withMarkers(List<Marker> v) {
        return new SiteSketch(caseId, crs, heightM, corners, v, tapes, bearings, offsets, parcels, claims, agreed,
                division, landmarks, fourBoundaries, drafting);
    }

    public SiteSketch withTapes(List<Tape> v) {
        return new SiteSketch(caseId, crs, heightM, corners, markers, v, bearings, offsets, parcels, claims, agreed,
                division, landmarks, fourBoundaries, drafting);
    }

    public SiteSketch withBearings(List<CompassBearing> v) {
        return new SiteSketch(caseId, crs, heightM, corners, markers, tapes, v, offsets, parcels, claims, agreed,
                division, landmarks, fourBoundaries, drafting);
    }

    public SiteSketch withOffsets(List<Offset> v) {
        return new SiteSketch(caseId, crs, heightM, corners, markers, tapes, bearings, v, parcels, claims, agreed,
                division, landmarks, fourBoundaries, drafting);
    }

    public SiteSketch withParcels(List<Parcel> v) {
        return new SiteSketch(caseId, crs, heightM, corners, markers, tapes, bearings, offsets, v, claims, agreed,
                division, landmarks, fourBoundaries, drafting);
    }

    public SiteSketch withClaims(List<Claim> v) {
        return new SiteSketch(caseId, crs, heightM, corners, markers, tapes, bearings, offsets, parcels, v, agreed,
                division, landmarks, fourBoundaries, drafting);
    }

    public SiteSketch withAgreed(AgreedLine v) {
        return new SiteSketch(caseId, crs, heightM, corners, markers, tapes, bearings, offsets, parcels, claims, v,
                division, landmarks, fourBoundaries, drafting);
    }

    public SiteSketch withDivision(Division v) {
        return new SiteSketch(caseId, crs, heightM, corners, markers, tapes, bearings, offsets, parcels, claims, agreed,
                v, landmarks, fourBoundaries, drafting);
    }

    public SiteSketch withLandmarks(List<Landmark> v) {
        return new SiteSketch(caseId, crs, heightM, corners, markers, tapes, bearings, offsets, parcels, claims, agreed,
                division, v, fourBoundaries, drafting);
    }

    public SiteSketch withFourBoundaries(FourBoundaries v) {
        return new SiteSketch(caseId, crs, heightM, corners, markers, tapes, bearings, offsets, parcels, claims, agreed,
                division, landmarks, v, drafting);
    }

    public SiteSketch withDrafting(Drafting v) {
        return new SiteSketch(caseId, crs, heightM, corners, markers, tapes, bearings, offsets, parcels, claims, agreed,
                division, landmarks, fourBoundaries, v);
    }

    /** A list with one element replaced (matched by {@code which}); refused when none matches. */
    static <T> List<T> replace(List<T> list, Predicate<T> which, UnaryOperator<T> change, String id) {
        List<T> out = new ArrayList<>(list);
        for (int i = 0; i < out.size(); i++) {
            if (which.test(out.get(i))) {
                out.set(i, change.apply(out.get(i)));
                return out;
            }
        }
        throw new SketchException(SketchError.UNKNOWN_ELEMENT, id);
    }

    /** A list with one element added. */
    static <T> List<T> plus(List<T> list, T element) {
        List<T> out = new ArrayList<>(list);
        out.add(element);
        return out;
    }

    /** A list without the elements matched; refused when none matches. */
    static <T> List<T> minus(List<T> list, Predicate<T> which, String id) {
        List<T> out = new ArrayList<>(list);
        if (!out.removeIf(which)) {
            throw new SketchException(SketchError.UNKNOWN_ELEMENT, id);
        }
        return out;
    }
}
