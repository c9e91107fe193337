package org.lastmile.gnss.receiver;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lastmile.gnss.fix.GnssFix;

/** A listener that keeps what it heard. */
final class Recorder implements ReceiverListener {

    final List<GnssFix> fixes = new CopyOnWriteArrayList<>();
    final List<ReceiverStatus> statuses = new CopyOnWriteArrayList<>();
    /** A permit for each fix with a position heard: what a test waits on, instead of polling. */
    private final java.util.concurrent.Semaphore positionsHeard = new java.util.concurrent.Semaphore(0);

    @Override
    public void onFix(GnssFix fix) {
        fixes.add(fix);
        if (fix.hasPosition()) {
            positionsHeard.release();
        }
    }

    /** Waits until {@code n} fixes with a position were heard, at most {@code seconds} (a hang's bound). */
    boolean awaitPositions(int n, long seconds) throws InterruptedException {
        return positionsHeard.tryAcquire(n, seconds, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void onStatus(ReceiverStatus status) {
        statuses.add(status);
    }

    List<GnssFix> positions() {
        return fixes.stream().filter(GnssFix::hasPosition).toList();
    }

    List<ConnectionState> states() {
        return statuses.stream().map(ReceiverStatus::state).distinct().toList();
    }

    ReceiverStatus last() {
        return statuses.get(statuses.size() - 1);
    }
}
