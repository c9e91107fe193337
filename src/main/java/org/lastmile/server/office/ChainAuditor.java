package org.lastmile.server.office;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.lastmile.server.store.Chains;
import org.lastmile.server.store.Device;
import org.lastmile.server.store.Devices;
import org.lastmile.server.store.Refusal;
import org.lastmile.server.store.ServerDb;
import org.lastmile.store.audit.AuditEvent;
import org.lastmile.sync.protocol.AuditEntry;

/** {@code server audit verify --device ID}: walks a device's chain as received, link by link. */
public final class ChainAuditor {

    private final ServerDb db;

    public ChainAuditor(ServerDb db) {
        this.db = db;
    }

    /** @throws Refusal 404 {@code server.audit.error.device} for an unknown device */
    public ChainReport verify(UUID deviceId) {
        return db.transaction(c -> {
            Device d = Devices.byId(c, deviceId).orElseThrow(() -> new Refusal(404, "server.audit.error.device", deviceId));
            List<AuditEntry> chain = Chains.all(c, deviceId);
            String prev = Devices.GENESIS;
            long expected = 1;
            for (AuditEntry e : chain) {
                String recomputed = new AuditEvent(e.seq(), e.id(), e.at(), e.actor(), e.action(), e.entity(),
                        e.entityId(), e.payloadSha256(), e.prevHash(), e.hash()).expectedHash();
                if (e.seq() != expected || !e.prevHash().equals(prev) || !recomputed.equals(e.hash())) {
                    return new ChainReport(chain.size(), d.chainSeq(), OptionalLong.of(e.seq()));
                }
                prev = e.hash();
                expected++;
            }
            if (expected - 1 != d.chainSeq() || !prev.equals(d.chainHash())) {
                return new ChainReport(chain.size(), d.chainSeq(), OptionalLong.of(expected));
            }
            return new ChainReport(chain.size(), d.chainSeq(), OptionalLong.empty());
        });
    }
}
