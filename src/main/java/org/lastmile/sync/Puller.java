package org.lastmile.sync;

import org.lastmile.store.Database;

/**
 * Pulls the court's changes page by page after the stored cursor; each page is applied and its
 * cursor stored in one transaction, so a kill repeats at most the page in flight (and applying it
 * again changes nothing). Changes kept back earlier ({@link Deferred}) are tried again before the
 * first page and after each one.
 */
final class Puller {

    /** What one pull did. */
    record Counts(long applied, long conflicts) {
    }

    private final Database database;
    private final CourtLink court;
    private final Retrier retrier;
    private final PullApplier applier;
    private final int pageSize;

    Puller(Database database, CourtLink court, Retrier retrier, PullApplier applier, int pageSize) {
        this.database = database;
        this.court = court;
        this.retrier = retrier;
        this.applier = applier;
        this.pageSize = pageSize;
    }

    Counts pull() throws SyncStopped {
        long applied = 0;
        long conflicts = 0;
        long[] kept = database.transaction(this::retryDeferred);
        applied += kept[0];
        conflicts += kept[1];
        while (true) {
            long cursor = database.read(SyncState::cursor);
            CourtLink.PullPage page = retrier.call(() -> court.pull(cursor, pageSize));
            long[] counts = database.transaction(tx -> {
                long a = 0;
                long c = 0;
                for (CourtLink.PulledChange change : page.changes()) {
                    switch (applier.apply(tx, change)) {
                        case APPLIED -> a++;
                        case CONFLICT -> c++;
                        default -> { }
                    }
                }
                long[] later = retryDeferred(tx);
                SyncState.storeCursor(tx, page.next());
                return new long[] {a + later[0], c + later[1]};
            });
            applied += counts[0];
            conflicts += counts[1];
            if (!page.more() || page.next() == cursor) {
                return new Counts(applied, conflicts);
            }
        }
    }

    /**
     * Applies the changes kept back earlier whose reason is gone (the court answered the local edit,
     * or the record's case came down); the others stay kept.
     */
    private long[] retryDeferred(org.lastmile.store.Tx tx) throws java.sql.SQLException {
        long a = 0;
        long c = 0;
        for (CourtLink.PulledChange change : Deferred.all(tx)) {
            switch (applier.apply(tx, change)) {
                case APPLIED -> a++;
                case CONFLICT -> c++;
                default -> { }
            }
        }
        return new long[] {a, c};
    }
}
