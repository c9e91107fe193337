package org.lastmile.sync;

import java.time.Duration;
import java.util.Optional;

/**
 * How far the current sync session is, read from the database so that it survives a restart.
 *
 * @param recordsDone operations of this session the court answered
 * @param recordsTotal operations of this session
 * @param bytesDone payload and attachment bytes the court holds
 * @param bytesTotal payload and attachment bytes of this session
 * @param timeLeft the estimate at the rate seen in this run, when there is one
 * @param currentItem what is being sent, if anything
 * @param needsPerson operations and attachments the court refused or found in conflict
 * @param safeToUnplug nothing left to send and every attachment verified by the court
 */
public record SyncProgress(long recordsDone, long recordsTotal, long bytesDone, long bytesTotal,
        Optional<Duration> timeLeft, Optional<String> currentItem, long needsPerson, boolean safeToUnplug) {

    /** The fraction done, by bytes (1 when there is nothing to send). */
    public double fraction() {
        return bytesTotal == 0 ? (recordsTotal == 0 ? 1 : (double) recordsDone / recordsTotal)
                : (double) bytesDone / bytesTotal;
    }
}
