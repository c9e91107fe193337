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
        /**
         * As many operations as the court takes in one push ({@code protocol.Limits.MAX_OPERATIONS}):
         * each batch costs both sides fixed work (the claim, the court's chain and receipt transactions,
         * the answers stored: five commits, five fsyncs), 10,000 records are 20 batches instead of 50.
         */
        public static Limits standard() {
            return new Limits(org.lastmile.sync.protocol.Limits.MAX_OPERATIONS, 2 << 20, 500);
        }
    }

    private final Database database;
    private final SyncState state;
    private final OutboxQueue outbox;
    private final BlobQueue blobs;
    private final DownloadQueue downloads;
    private final Conflicts conflicts;
    private final PullApplier applier;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Executor executor;
    private final Limits limits;
    private final Settings settings;
    /**
     * The chunk size, kept from one run to the next: a run the network stopped is resumed by the
     * next, and a fresh sizer sent the first chunk of each at 1 MiB and grew it again to 2 and 4
     * MiB, each cut losing one of them (SlowLinkTest: 1.30 × the payload over four drops).
     */
    private final ChunkSizer sizer = new ChunkSizer();

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
        this.downloads = new DownloadQueue(tables.database());
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
        long downloaded = 0;
        SyncSummary.Outcome outcome;
        CourtMessage stoppedBy = null;
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
            verified = new Uploader(blobs, court, retrier, sizer, current, onStep).upload();
            // the court's files for pulled records come after ours went up: "safe to unplug" first
            downloaded = new Downloader(downloads, blobs.store(), court, retrier, current, onStep).download();
            boolean needsPerson = outbox.needingPerson() > 0 || blobs.needingPerson() > 0 || conflicts.openCount() > 0
                    || downloads.needingPerson() > 0;
            outcome = needsPerson ? SyncSummary.Outcome.NEEDS_PERSON : SyncSummary.Outcome.FINISHED;
        } catch (SyncStopped stopped) {
            if (stopped.reason() == SyncStopped.Reason.REFUSED) {
                stoppedBy = stopped.court().orElse(new CourtMessage("", java.util.List.of(), "HTTP " + stopped.status()));
            } else if (stopped.reason() == SyncStopped.Reason.NETWORK) {
                // the court's own trouble past the retries (503 server.upload.error.storage: its disk
                // full, CourtFullDiskTest) is told as the court's, not as a network fault
                stoppedBy = stopped.court().orElse(null);
            }
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
        return new SyncSummary(outcome, pushed, duplicates, pulled, conflictsFound, refused, verified, pending, safe, skew,
                stoppedBy, downloaded, downloads.notHere());
    }

}
