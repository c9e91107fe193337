package org.lastmile.gnss.receiver;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.lastmile.gnss.fix.FixQuality;

/**
 * A receiver's status at one moment.
 *
 * @param state the connection state
 * @param quality quality of the last epoch ({@link FixQuality#INVALID} without position)
 * @param satellitesUsed satellites used in the last epoch, or -1
 * @param satellitesInView satellites in view, or -1
 * @param hdop HDOP of the last epoch, NaN when unknown
 * @param estimatedAccuracy estimated horizontal 1-σ error of one fix in metres (the receiver's GST
 *     σ when it sends GST, else HDOP · UERE of the fix quality), NaN without position
 * @param lastFixAt when the last fix with a position arrived (receiver's clock), or null
 * @param ageOfLastFix time since then, at the moment of this status, or null
 * @param problem why the receiver is disconnected, or null
 * @param problemDetail the problem's argument (port, host, file, cause), or null
 */
public record ReceiverStatus(ConnectionState state, FixQuality quality, int satellitesUsed, int satellitesInView,
        double hdop, double estimatedAccuracy, Instant lastFixAt, Duration ageOfLastFix, ReceiverProblem problem,
        String problemDetail) {

    /** A receiver that was never started. */
    public static ReceiverStatus disconnected() {
        return new ReceiverStatus(ConnectionState.DISCONNECTED, FixQuality.INVALID, -1, -1, Double.NaN, Double.NaN,
                null, null, null, null);
    }

    public Optional<Duration> age() {
        return Optional.ofNullable(ageOfLastFix);
    }

    public Optional<ReceiverProblem> knownProblem() {
        return Optional.ofNullable(problem);
    }
}
