package org.lastmile.gnss.receiver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.lastmile.gnss.average.UereModel;
import org.lastmile.gnss.fix.FixQuality;
import org.lastmile.gnss.fix.GnssFix;

/**
 * The facts behind a {@link ReceiverStatus}, updated by the receiver and read by anyone: a fix
 * older than {@link #STALE_AFTER} no longer counts as a fix ({@link ConnectionState#NO_FIX}).
 */
final class StatusModel {

    static final Duration STALE_AFTER = Duration.ofSeconds(5);

    private final Clock clock;
    private final UereModel uere;
    private ConnectionState state = ConnectionState.DISCONNECTED;
    private FixQuality quality = FixQuality.INVALID;
    private int satellitesUsed = -1;
    private int satellitesInView = -1;
    private double hdop = Double.NaN;
    private double accuracy = Double.NaN;
    private Instant lastFixAt;
    private ReceiverProblem problem;
    private String problemDetail;

    StatusModel(Clock clock, UereModel uere) {
        this.clock = clock;
        this.uere = uere;
    }

    synchronized void connecting() {
        state = ConnectionState.CONNECTING;
    }

    synchronized void connected() {
        state = ConnectionState.NO_FIX;
        problem = null;
        problemDetail = null;
    }

    synchronized void disconnected(ReceiverProblem why, String detail) {
        state = ConnectionState.DISCONNECTED;
        problem = why;
        problemDetail = detail;
        quality = FixQuality.INVALID;
    }

    synchronized void fix(GnssFix fix) {
        if (state == ConnectionState.DISCONNECTED || state == ConnectionState.CONNECTING) {
            connected();
        }
        quality = fix.quality();
        if (fix.satellitesUsed() >= 0) {
            satellitesUsed = fix.satellitesUsed();
        }
        if (fix.satellitesInView() >= 0) {
            satellitesInView = fix.satellitesInView();
        }
        hdop = fix.hdop();
        if (fix.hasPosition()) {
            state = ConnectionState.FIX;
            lastFixAt = clock.instant();
            accuracy = fix.hasSigma() ? fix.horizontalSigma()
                    : Double.isFinite(fix.hdop()) ? fix.hdop() * uere.metres(fix.quality()) : Double.NaN;
        } else {
            state = ConnectionState.NO_FIX;
            accuracy = Double.NaN;
        }
    }

    synchronized ReceiverStatus snapshot() {
        Duration age = lastFixAt == null ? null : Duration.between(lastFixAt, clock.instant());
        ConnectionState shown = state == ConnectionState.FIX && age.compareTo(STALE_AFTER) > 0 ? ConnectionState.NO_FIX : state;
        return new ReceiverStatus(shown, quality, satellitesUsed, satellitesInView, hdop, accuracy, lastFixAt, age,
                problem, problemDetail);
    }
}
