package org.lastmile.sync;

import java.util.List;

/**
 * Drains the outbox in bounded batches: claim (checkpoint), send, store the answers and the
 * receipt (checkpoint). A kill anywhere leaves either unclaimed rows, claimed rows that go again,
 * or stored answers; the server applies a repeated op_id once and answers it as before.
 */
final class Pusher {

    /** What one drain did. */
    record Counts(long applied, long duplicates, long conflicts, long refused) {
    }

    private final OutboxQueue outbox;
    private final CourtLink court;
    private final Retrier retrier;
    private final ChainFeed chain;
    private final int maxCount;
    private final long maxBytes;
    private final java.util.function.Consumer<String> current;

    Pusher(OutboxQueue outbox, CourtLink court, Retrier retrier, ChainFeed chain,
            int maxCount, long maxBytes, java.util.function.Consumer<String> current) {
        this.outbox = outbox;
        this.court = court;
        this.retrier = retrier;
        this.chain = chain;
        this.maxCount = maxCount;
        this.maxBytes = maxBytes;
        this.current = current;
    }

    Counts drain() throws SyncStopped {
        long applied = 0;
        long duplicates = 0;
        long conflicts = 0;
        long refused = 0;
        while (true) {
            List<OutgoingOp> batch = outbox.claim(maxCount, maxBytes);
            if (batch.isEmpty()) {
                return new Counts(applied, duplicates, conflicts, refused);
            }
            current.accept(describe(batch));
            ChainFeed.Slice slice = chain.next();
            CourtLink.PushReply reply = retrier.call(() -> court.push(batch, slice.head(), slice.events()));
            outbox.settle(reply.results(), reply.receipt());
            for (OpResult r : reply.results()) {
                switch (r.outcome()) {
                    case APPLIED, AWAITING_ATTACHMENTS -> applied++;
                    case DUPLICATE -> duplicates++;
                    case CONFLICT -> conflicts++;
                    case REJECTED -> refused++;
                    default -> throw new IllegalStateException(r.outcome().toString());
                }
            }
        }
    }

    private static String describe(List<OutgoingOp> batch) {
        OutgoingOp first = batch.get(0);
        return first.entity() + " " + first.entityId() + (batch.size() > 1 ? " +" + (batch.size() - 1) : "");
    }
}
