package org.lastmile.domain.sketch;

import java.util.Objects;

/**
 * A corner tied to a baseline by chainage and perpendicular offset (支距法).
 *
 * @param id identity
 * @param a the baseline's first corner id
 * @param b the baseline's second corner id
 * @param point the corner tied
 * @param chainageM distance along a→b from a to the foot, metres (ground)
 * @param offsetM perpendicular distance, metres, positive to the left of a→b (as survey's
 *     baseline offsets count it)
 */
public record Offset(String id, String a, String b, String point, double chainageM, double offsetM) {

    public Offset {
        Objects.requireNonNull(id);
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        Objects.requireNonNull(point);
        if (a.equals(b)) {
            throw new SketchException(SketchError.SAME_CORNER, a);
        }
        if (!Double.isFinite(chainageM) || !Double.isFinite(offsetM)) {
            throw new SketchException(SketchError.NOT_FINITE, point);
        }
    }
}
