package org.lastmile.app;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.lastmile.common.Key;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.store.open.Store;
import org.lastmile.store.StoreException;
import org.lastmile.store.backup.Backups;

/**
 * The window's care of the data file, off the store thread so that saving goes on meanwhile: at
 * most once a day a backup (which first reads every page), and one when the window closes. A
 * damaged page stops further writes ({@code Database.markDamaged}) and leads to the message that
 * names the newest backup and the restore command.
 */
final class StoreMaintenance {

    /** How old the newest snapshot may get while the window is open. */
    static final Duration DAILY = Duration.ofDays(1);

    private final Store store;
    private final Backups backups;
    private final ScheduledExecutorService executor;
    private final Consumer<MessageKeyed> notice;
    private final Consumer<Throwable> damaged;

    /**
     * @param notice receives what was done, for the status line (called on the maintenance thread)
     * @param damaged receives the damage found (called on the maintenance thread); the window then
     *     shows the message with the restore command and ends
     */
    StoreMaintenance(Store store, Backups backups, ScheduledExecutorService executor, Consumer<MessageKeyed> notice,
            Consumer<Throwable> damaged) {
        this.store = store;
        this.backups = backups;
        this.executor = executor;
        this.notice = notice;
        this.damaged = damaged;
    }

    /** Looks every hour whether the daily backup is due. */
    void start() {
        executor.scheduleWithFixedDelay(this::dailyIfDue, 1, 60, TimeUnit.MINUTES);
    }

    /** Makes the daily backup when the newest one is a day old (or there is none). */
    void dailyIfDue() {
        if (backups.olderThan(DAILY)) {
            backup("daily");
        }
    }

    /** The snapshot taken when the window closes (skipped when nothing changed since the newest). */
    void onClose() {
        executor.shutdownNow();
        backup("close");
    }

    private void backup(String reason) {
        try {
            backups.now(reason, true, p -> { })
                    .ifPresentOrElse(b -> notice.accept(new LocalizedException("ui.store.backedUp", b.name())),
                            () -> notice.accept(new Key("ui.store.checked")));
        } catch (StoreException e) {
            if (e.messageKey().equals("store.error.corrupt")) {
                store.database().markDamaged();
                damaged.accept(e);
            } else {
                // A full disk or a locked file: the work goes on; the status line says why no backup.
                notice.accept(e);
            }
        } catch (RuntimeException e) {
            notice.accept(new LocalizedException(e, "store.error.backup", "backups/"));
        }
    }
}
