package org.lastmile.server.push;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.lastmile.server.store.Chains;
import org.lastmile.server.store.Device;
import org.lastmile.server.store.Devices;
import org.lastmile.server.store.Refusal;
import org.lastmile.store.audit.AuditEvent;
import org.lastmile.sync.protocol.AuditEntry;
import org.lastmile.sync.protocol.ChainHeadRef;

/**
 * Checks that the audit events a device sends extend the chain head the server holds, each
 * event's hash recomputed as the laptop computes it, and stores them. Events the server already
 * holds (a push replayed after a lost answer) must be equal to the stored ones and are skipped.
 */
final class ChainExtension {

    private ChainExtension() {
    }

    /**
     * @return the head the server holds afterwards
     * @throws Refusal 409 {@code server.push.error.chainBroken} when the events do not extend it
     *     (nothing stored)
     */
    static ChainHeadRef extend(Connection c, Device device, ChainHeadRef claimed, List<AuditEntry> events,
            Instant now) throws SQLException {
        long seq = device.chainSeq();
        String hash = device.chainHash();
        for (AuditEntry e : events) {
            if (!e.hash().equals(recompute(e))) {
                throw broken(e.seq());
            }
            if (e.seq() <= seq) {
                // already held: must be the very same event
                if (!Chains.hashAt(c, device.id(), e.seq()).map(e.hash()::equals).orElse(false)) {
                    throw broken(e.seq());
                }
                continue;
            }
            if (e.seq() != seq + 1 || !e.prevHash().equals(hash)) {
                throw broken(e.seq());
            }
            Chains.add(c, device.id(), e, now);
            seq = e.seq();
            hash = e.hash();
        }
        if (claimed.seq() == seq) {
            if (!claimed.hash().equals(hash)) {
                throw broken(claimed.seq());
            }
        } else if (claimed.seq() < seq) {
            // an older head (a replayed push): it must be one the server holds
            if (claimed.seq() == 0 || !Chains.hashAt(c, device.id(), claimed.seq()).map(claimed.hash()::equals)
                    .orElse(false)) {
                throw broken(claimed.seq());
            }
        } else {
            throw broken(claimed.seq());
        }
        Devices.setHead(c, device.id(), seq, hash);
        return new ChainHeadRef(seq, hash);
    }

    private static String recompute(AuditEntry e) {
        return new AuditEvent(e.seq(), e.id(), e.at(), e.actor(), e.action(), e.entity(), e.entityId(),
                e.payloadSha256(), e.prevHash(), e.hash()).expectedHash();
    }

    private static Refusal broken(long seq) {
        return new Refusal(409, "server.push.error.chainBroken", seq);
    }
}
