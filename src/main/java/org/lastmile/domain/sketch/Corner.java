package org.lastmile.domain.sketch;

import java.util.Objects;
import org.lastmile.survey.crs.PlanePoint;

/**
 * A boundary point (界址点) of the sketch.
 *
 * @param id identity, stable across renaming
 * @param name J1, J2, … (clockwise from the top-left of the parcel), or a name typed
 * @param position where the sketch draws it on the site's plane (E, N in metres); for a GNSS
 *     corner the averaged position projected
 * @param origin where it came from
 */
public record Corner(String id, String name, PlanePoint position, CornerOrigin origin) {

    public Corner {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(position);
        Objects.requireNonNull(origin);
        if (name.isBlank()) {
            throw new SketchException(SketchError.BLANK_NAME);
        }
        if (!Double.isFinite(position.e()) || !Double.isFinite(position.n())) {
            throw new SketchException(SketchError.NOT_FINITE, name);
        }
    }

    public Corner withName(String newName) {
        return new Corner(id, newName, position, origin);
    }

    public Corner withPosition(PlanePoint p, CornerOrigin o) {
        return new Corner(id, name, p, o);
    }
}
