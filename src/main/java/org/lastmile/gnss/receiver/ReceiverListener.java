package org.lastmile.gnss.receiver;

import org.lastmile.gnss.fix.GnssFix;

/** Hears a {@link Receiver}. Called on the receiver's thread; must not block. */
public interface ReceiverListener {

    /** One epoch, with or without a position ({@link GnssFix#hasPosition()}). */
    default void onFix(GnssFix fix) {
    }

    /** The status changed (connection, fix quality, satellites, or a new fix). */
    default void onStatus(ReceiverStatus status) {
    }
}
