package org.lastmile.survey.geom;

import java.util.Optional;
import org.lastmile.common.LocalizedException;
import org.locationtech.jts.geom.Coordinate;

/** A parcel geometry that cannot be used: a {@link GeometryError} code and where it was found. */
public class GeometryException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    private final GeometryError error;
    private final transient Coordinate location;

    /** A problem at a place; the message arguments are the place's x and y. */
    public GeometryException(GeometryError error, Coordinate location) {
        super(error.messageKey(), location.x, location.y);
        this.error = error;
        this.location = location.copy();
    }

    /** A problem without a place ({@link GeometryError#NOT_A_POLYGON}), with its message arguments. */
    public GeometryException(GeometryError error, Object... args) {
        super(error.messageKey(), args);
        this.error = error;
        this.location = null;
    }

    public GeometryError error() {
        return error;
    }

    /** Where the problem is (x first), if it has a place. */
    public Optional<Coordinate> location() {
        return Optional.ofNullable(location).map(Coordinate::copy);
    }
}
