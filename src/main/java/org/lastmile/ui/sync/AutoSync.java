package org.lastmile.ui.sync;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lastmile.common.MessageKeyed;
import org.lastmile.sync.Enrolment;
import org.lastmile.ui.common.Background;

/**
 * Automatic sync (自动同步): at each tick of the app's timer, when the setting is on, the device
 * is enrolled and no sync runs, it asks whether the court server answers and, if it does, starts
 * the very sync that "Sync now" starts. The question and the sync both go through the sync's own
 * executor (one thread), so a probe never overlaps a run and two runs never overlap.
 */
public final class AutoSync {

    /** What the last tick found, for the sync screen. */
    public enum Status implements MessageKeyed {
        /** The setting is off: only "Sync now" syncs. */
        OFF("sync.auto.off"),
        /** Not enrolled yet: there is no court to ask. */
        NOT_ENROLLED("sync.auto.notEnrolled"),
        /** A sync (or a probe) was running: this tick did nothing. */
        BUSY("sync.auto.busy"),
        /** The court server did not answer: nothing was started. */
        UNREACHABLE("sync.auto.unreachable"),
        /** The court answered and a sync was started. */
        STARTED("sync.auto.started");

        private final String key;

        Status(String key) {
            this.key = key;
        }

        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public Object[] messageArgs() {
            return new Object[0];
        }
    }

    private final SyncViewModel sync;
    private final Background background;
    private final BooleanSupplier enabled;
    private final Predicate<URI> reachable;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.OFF);
    private final ReadOnlyObjectWrapper<Instant> checkedAt = new ReadOnlyObjectWrapper<>(this, "checkedAt");
    private boolean probing;

    /**
     * @param sync the app's one sync (the one the sync screen shows)
     * @param background the sync's own executor, the same one {@code sync} runs on
     * @param enabled reads the setting (on the sync's thread: it is a store read)
     * @param reachable asks whether the court server answers (a cheap connection, not a sync)
     */
    public AutoSync(SyncViewModel sync, Background background, BooleanSupplier enabled, Predicate<URI> reachable,
            Clock clock) {
        this.sync = sync;
        this.background = background;
        this.enabled = enabled;
        this.reachable = reachable;
        this.clock = clock;
    }

    /** One tick of the timer, on the FX thread: never waits for the network itself. */
    public void tick() {
        if (probing || sync.runningProperty().get()) {
            status.set(Status.BUSY);
            return;
        }
        Enrolment enrolment = sync.enrolmentProperty().get();
        if (enrolment == null) {
            sync.load(); // enrolled by the command line meanwhile? Then the next tick syncs.
            status.set(Status.NOT_ENROLLED);
            return;
        }
        probing = true;
        background.run(() -> {
            if (!enabled.getAsBoolean()) {
                return Status.OFF;
            }
            return reachable.test(enrolment.server()) ? Status.STARTED : Status.UNREACHABLE;
        }, found -> {
            probing = false;
            checkedAt.set(clock.instant());
            // the check above ran on the sync thread; a "Sync now" may have started since
            status.set(found == Status.STARTED && sync.syncNow() == null ? Status.BUSY : found);
        }, failure -> {
            probing = false;
            checkedAt.set(clock.instant());
            status.set(Status.UNREACHABLE);
        });
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** When the last tick's question was answered (null before the first). */
    public ReadOnlyObjectProperty<Instant> checkedAtProperty() {
        return checkedAt.getReadOnlyProperty();
    }
}
