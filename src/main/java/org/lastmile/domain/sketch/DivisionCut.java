package org.lastmile.domain.sketch;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.lastmile.survey.division.ParallelCutOp;
import org.lastmile.survey.division.PointCutOp;

/**
 * The survey library's cut for a sketch's division: parallel to an edge ({@link ParallelCutOp}) or
 * through a chosen point ({@link PointCutOp}). The calculator, the screen's preview and its
 * stake-out cards all cut through here, so they cannot disagree.
 */
public final class DivisionCut {

    private DivisionCut() {
    }

    /**
     * The parts and cut line of {@code d} on the parcel drawn as {@code parcel}.
     *
     * @throws org.lastmile.common.LocalizedException when the target cannot be cut (too large, no line
     *     through the point reaches it, an invalid parcel)
     */
    public static org.lastmile.survey.division.Division cut(Polygon parcel, Division d) {
        if (d.throughPoint()) {
            return PointCutOp.cut(parcel, new Coordinate(d.through().e(), d.through().n()), d.targetM2());
        }
        return ParallelCutOp.cut(parcel, d.edge(), d.targetM2());
    }
}
