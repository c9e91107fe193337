package org.lastmile.sync.protocol;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One batch from the outbox. The server applies each operation in its own transaction and
 * answers one {@link OpResult} per operation, in the same order.
 *
 * @param deviceId the enrolled device (must be the token's)
 * @param clientTime the laptop's clock when it sent the batch (skew is flagged, never trusted)
 * @param chainHead the device's audit chain head now
 * @param chain the audit events after the head the server last acknowledged
 *     ({@link Receipt#chainHead}) up to {@code chainHead}, oldest first; empty when the server
 *     holds the head already. The server checks that they extend the head it holds.
 * @param operations the batch, oldest first
 */
public record PushRequest(UUID deviceId, Instant clientTime, ChainHeadRef chainHead, List<AuditEntry> chain,
        List<Operation> operations) {

    public PushRequest {
        Check.present(deviceId, "device_id");
        Check.present(clientTime, "client_time");
        Check.present(chainHead, "chain_head");
        chain = List.copyOf(Check.size(chain == null ? List.of() : chain, Limits.MAX_CHAIN_EVENTS, "chain"));
        operations = List.copyOf(Check.size(operations, Limits.MAX_OPERATIONS, "operations"));
    }
}
