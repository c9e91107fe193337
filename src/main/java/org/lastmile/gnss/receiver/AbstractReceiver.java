package org.lastmile.gnss.receiver;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lastmile.gnss.average.UereModel;
import org.lastmile.gnss.fix.GnssFix;

/** Listeners and status, shared by the receivers. */
abstract class AbstractReceiver implements Receiver {

    private final List<ReceiverListener> listeners = new CopyOnWriteArrayList<>();
    final StatusModel status;
    final Clock clock;

    AbstractReceiver(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = new StatusModel(clock, UereModel.defaults());
    }

    @Override
    public ReceiverStatus status() {
        return status.snapshot();
    }

    @Override
    public void addListener(ReceiverListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(ReceiverListener listener) {
        listeners.remove(listener);
    }

    /** Publishes an epoch and the status it leads to. */
    void publish(GnssFix fix) {
        status.fix(fix);
        for (ReceiverListener listener : listeners) {
            listener.onFix(fix);
        }
        publishStatus();
    }

    void publishStatus() {
        ReceiverStatus now = status.snapshot();
        for (ReceiverListener listener : listeners) {
            listener.onStatus(now);
        }
    }
}
