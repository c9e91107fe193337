package org.lastmile.domain.sketch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lastmile.survey.crs.PlanePoint;

/**
 * A division of a parcel: the cut the officer chose and the parts it made, each assigned to a
 * party. The parts' geometry is recomputed from the adjusted corners by
 * {@link SketchCalculator}; only the choice is stored.
 *
 * @param parcelId the parcel divided
 * @param edge the edge the cut runs parallel to: from ring corner {@code edge} to the next (0 and
 *     unused for a cut through a point)
 * @param targetM2 the area of the part on the edge's side (or of the part cut off through the
 *     point), m² (plane)
 * @param parties the party of each part, edge side (or target part) first (a {@code null} entry:
 *     not assigned yet)
 * @param through the point the cut line passes through (plane metres), or {@code null} for a cut
 *     parallel to the edge
 */
public record Division(String parcelId, int edge, double targetM2, List<Party> parties, PlanePoint through) {

    /** A cut parallel to an edge. */
    public Division(String parcelId, int edge, double targetM2, List<Party> parties) {
        this(parcelId, edge, targetM2, parties, null);
    }

    /** Whether the cut line passes through a chosen point rather than parallel to an edge. */
    public boolean throughPoint() {
        return through != null;
    }

    public Division {
        Objects.requireNonNull(parcelId);
        if (!(targetM2 > 0) || Double.isInfinite(targetM2)) {
            throw new SketchException(SketchError.NOT_POSITIVE, targetM2);
        }
        if (edge < 0) {
            throw new SketchException(SketchError.UNKNOWN_ELEMENT, edge);
        }
        parties = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parties));
    }

    /** The party of part {@code i} (0 = the part on the edge's side). */
    public Optional<Party> party(int i) {
        return i < parties.size() ? Optional.ofNullable(parties.get(i)) : Optional.empty();
    }

    public Division assign(int part, Party party) {
        java.util.ArrayList<Party> p = new java.util.ArrayList<>(parties);
        while (p.size() <= part) {
            p.add(null);
        }
        p.set(part, party);
        return new Division(parcelId, edge, targetM2, p, through);
    }
}
