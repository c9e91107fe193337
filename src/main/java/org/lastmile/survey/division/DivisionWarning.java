package org.lastmile.survey.division;

import org.lastmile.common.MessageKeyed;
import org.locationtech.jts.geom.Coordinate;

/**
 * A part of a non-convex parcel that falls apart into several pieces: the division is exact but
 * probably not what the parties meant; try another edge or a line through a point.
 *
 * @param part     the part's index in {@link Division#parts()}, 0-based
 * @param pieces   how many separate pieces it has
 * @param location a point inside its smallest piece (x first)
 */
public record DivisionWarning(int part, int pieces, Coordinate location) implements MessageKeyed {

    /** The message key of this warning. */
    public static final String PART_IN_PIECES = "survey.division.warning.partInPieces";

    @Override
    public String messageKey() {
        return PART_IN_PIECES;
    }

    /** Part number (from 1), pieces, x and y of a point in the smallest piece. */
    @Override
    public Object[] messageArgs() {
        return new Object[] {part + 1, pieces, location.x, location.y};
    }
}
