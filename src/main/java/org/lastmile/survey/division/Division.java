package org.lastmile.survey.division;

import java.util.List;

/**
 * The result of a division: the parts in order (for a cut parallel to edge K, the part on edge K's
 * side first; for a cut through a point, the part with the target area first), the cut lines
 * between them, and warnings about parts that fall apart.
 *
 * @param parcelAreaM2 the plane area of the whole parcel, m²
 * @param parts        the parts, whose areas sum to the parcel's
 * @param cuts         the cut lines, one fewer than the parts
 * @param warnings     parts in several pieces
 */
public record Division(double parcelAreaM2, List<Part> parts, List<Cut> cuts, List<DivisionWarning> warnings) {

    public Division {
        parts = List.copyOf(parts);
        cuts = List.copyOf(cuts);
        warnings = List.copyOf(warnings);
    }

    /** The largest |achieved − target| over the parts, m². */
    public double maxAreaError() {
        return parts.stream().mapToDouble(p -> Math.abs(p.areaError())).max().orElse(0);
    }
}
