package org.lastmile.sync;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.lastmile.store.Database;
import org.lastmile.store.settings.Settings;

/**
 * One sync with the court: push the outbox, pull the court's changes, upload the attachments
 * (records first, files after). Every step is checkpointed in the database, so a run stopped at
 * any moment (network fault, kill, power cut) is resumed by the next.
 */
public final class SyncEngine {

    /** Limits of a push batch. */
    public record Limits(int batchCount, long batchBytes, int pullPage) {
        public static Limits standard() {
            return new Limits(200, 1 << 20, 500);
        }
    }

    private final Database database;
    private final SyncState state;
    private final OutboxQueue outbox;
    private final BlobQueue blobs;
    private final Conflicts conflicts;
    private final PullApplier applier;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Executor executor;
    private final Limits limits;
    private final Settings settings;

    /** The engine of an opened data directory. */
    public static SyncEngine of(org.lastmile.store.open.Store store, RetryPolicy policy, Sleeper sleeper,
            Executor executor, Limits limits) {
        PullApplier applier = new PullApplier(org.lastmile.service.CourtChanges.of(store),
                new org.lastmile.store.json.CaseCodec(store.json(), store.courts()),
                new org.lastmile.store.json.OfficerCodec(store.json()), store.records().codec());
        return new SyncEngine(SyncTables.of(store), applier, policy, sleeper, executor, limits);
    }

    SyncEngine(SyncTables tables, PullApplier applier, RetryPolicy policy, Sleeper sleeper,
            Executor executor, Limits limits) {
        this.database = tables.database();
        this.state = tables.state();
        this.outbox = tables.outbox();
        this.blobs = tables.blobs();
        this.conflicts = tables.conflicts();
        this.settings = tables.settings();
        this.applier = applier;
        this.policy = policy;
        this.sleeper = sleeper;
        this.executor = executor;
        this.limits = limits;
    }

    /** Runs a sync through the executor; {@code onStep} after each checkpoint (on the sync's thread). */
    public CompletableFuture<SyncSummary> start(CourtLink court, Runnable onStep) {
        return CompletableFuture.supplyAsync(() -> run(court, onStep), executor);
    }

    /** Runs a sync on the calling thread. */
    public SyncSummary run(CourtLink court) {
        return run(court, () -> { });
    }

    /**
     * Runs a sync on the calling thread.
     *
     * @param onStep called after each checkpoint (a batch, a page, a chunk), to read the progress
     */
    public SyncSummary run(CourtLink court, Runnable onStep) {
        state.openSession();
        java.util.function.Consumer<String> current = item -> {
            state.current(item);
            onStep.run();
        };
        Retrier retrier = new Retrier(policy, sleeper, fault -> { });
        long pushed = 0;
        long duplicates = 0;
        long pulled = 0;
        long conflictsFound = 0;
        long refused = 0;
        long verified = 0;
        SyncSummary.Outcome outcome;
        try {
            Pusher.Counts push = new Pusher(outbox, court, retrier, new ChainFeed(database, org.lastmile.sync.protocol.Limits.MAX_CHAIN_EVENTS), limits.batchCount(),
                    limits.batchBytes(), current).drain();
            pushed = push.applied();
            duplicates = push.duplicates();
            conflictsFound += push.conflicts();
            refused = push.refused();
            current.accept("pull");
            Puller.Counts pull = new Puller(database, court, retrier, applier, limits.pullPage()).pull();
            pulled = pull.applied();
            conflictsFound += pull.conflicts();
            verified = new Uploader(blobs, court, retrier, current, onStep).upload();
            boolean needsPerson = outbox.needingPerson() > 0 || blobs.needingPerson() > 0 || conflicts.openCount() > 0;
            outcome = needsPerson ? SyncSummary.Outcome.NEEDS_PERSON : SyncSummary.Outcome.FINISHED;
        } catch (SyncStopped stopped) {
            outcome = switch (stopped.reason()) {
                case NETWORK -> SyncSummary.Outcome.STOPPED;
                case REFUSED -> SyncSummary.Outcome.NEEDS_PERSON;
                case CANCELLED -> SyncSummary.Outcome.CANCELLED;
            };
        }
        long pending = outbox.unsettled() + blobs.unverifiedCount() - blobs.needingPerson();
        boolean safe = outbox.unsettled() == 0 && blobs.unverifiedCount() == 0;
        if (pending == 0) {
            state.closeSession();
        }
        onStep.run();
        Long skew = court.clockSkew().map(java.time.Duration::getSeconds).orElse(null);
        return new SyncSummary(outcome, pushed, duplicates, pulled, conflictsFound, refused, verified, pending, safe, skew);
    }

}
