package org.lastmile.survey.division;

import java.util.Optional;
import org.lastmile.common.LocalizedException;
import org.locationtech.jts.geom.Coordinate;

/** A division that cannot be made: a {@link DivisionError} code and, where it has one, a place. */
public class DivisionException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    private final DivisionError error;
    private final transient Coordinate location;

    DivisionException(DivisionError error, Coordinate location, Object... args) {
        super(error.messageKey(), args);
        this.error = error;
        this.location = location == null ? null : location.copy();
    }

    public DivisionError error() {
        return error;
    }

    /** Where the problem is (x first), if it has a place. */
    public Optional<Coordinate> location() {
        return Optional.ofNullable(location).map(Coordinate::copy);
    }
}
