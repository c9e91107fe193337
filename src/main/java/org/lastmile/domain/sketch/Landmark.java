package org.lastmile.domain.sketch;

import java.util.List;
import java.util.Objects;
import org.lastmile.survey.crs.PlanePoint;

/**
 * A road, canal, water source, building, tree or well near the parcel.
 *
 * @param id identity
 * @param kind what it is
 * @param label its name as written (may be empty)
 * @param points one point (tree, well, water source), a line (road, canal) or an outline (building)
 */
public record Landmark(String id, LandmarkKind kind, String label, List<PlanePoint> points) {

    public Landmark {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        label = label == null ? "" : label.strip();
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new SketchException(SketchError.SHORT_RING);
        }
    }
}
