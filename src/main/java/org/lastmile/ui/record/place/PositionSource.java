package org.lastmile.ui.record.place;

import java.util.Optional;

/**
 * Where the officer stands, when a GNSS receiver is connected (the gnss package's receivers plug in
 * here). Without one, the position is typed; the place name is always typed.
 */
@FunctionalInterface
public interface PositionSource {

    /** No receiver: nothing to take. */
    PositionSource NONE = Optional::empty;

    /**
     * A position fix.
     *
     * @param longitude degrees east (CGCS2000/WGS84)
     * @param latitude degrees north
     * @param sigmaM its standard deviation in metres
     */
    record Fix(double longitude, double latitude, double sigmaM) {
    }

    /** The receiver's current fix, if there is a receiver and it has one. */
    Optional<Fix> fix();

    /** The receiver's status for the screen (fix quality, accuracy, satellites), when a receiver gives the fix. */
    default Optional<org.lastmile.ui.sketch.gnss.ReceiverStatusViewModel> receiver() {
        return Optional.empty();
    }
}
