package org.lastmile.sync.protocol;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a push: one result per operation in request order, the signed receipt of the
 * chain head, and the server's clock.
 *
 * @param results one per operation, same order
 * @param receipt the signed receipt of the chain head the server now holds
 * @param serverTime the server's clock
 * @param clockSkewSeconds client time minus server time, in seconds
 * @param clockSkewFlagged whether the skew is larger than the server tolerates (recorded, never used for order)
 */
public record PushResponse(List<OpResult> results, Receipt receipt, Instant serverTime, long clockSkewSeconds,
        boolean clockSkewFlagged) {

    public PushResponse {
        results = List.copyOf(Check.present(results, "results"));
        Check.present(receipt, "receipt");
        Check.present(serverTime, "server_time");
    }
}
