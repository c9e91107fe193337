package org.lastmile.server.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lastmile.server.store.Chains;
import org.lastmile.server.store.Conflicts;
import org.lastmile.server.store.Device;
import org.lastmile.server.store.OpLog;
import org.lastmile.server.store.Refusal;
import org.lastmile.server.store.Sequencer;
import org.lastmile.server.store.ServerDb;
import org.lastmile.store.Hashes;
import org.lastmile.sync.protocol.ChainHeadRef;
import org.lastmile.sync.protocol.OpResult;
import org.lastmile.sync.protocol.Operation;
import org.lastmile.sync.protocol.PushRequest;
import org.lastmile.sync.protocol.PushResponse;
import org.lastmile.sync.protocol.Receipt;
import org.lastmile.sync.protocol.Wire;

/**
 * A push: the audit chain first (all or nothing), then each operation in its own transaction
 * keyed (device, op_id), then the signed receipt of the chain head the server now holds.
 */
public final class PushService {

    private final ServerDb db;
    private final OpApplier applier;
    private final ReceiptSigner signer;
    private final Clock clock;
    private final Duration skewTolerance;
    private final ObjectMapper mapper = Wire.mapper();

    public PushService(ServerDb db, PayloadCheck check, ReceiptSigner signer, Clock clock, Duration skewTolerance) {
        this.db = db;
        this.applier = new OpApplier(check);
        this.signer = signer;
        this.clock = clock;
        this.skewTolerance = skewTolerance;
    }

    /**
     * @throws Refusal 403 {@code server.push.error.wrongDevice}, 409 {@code server.push.error.chainBroken}
     */
    public PushResponse push(Device device, PushRequest request) {
        if (!device.id().equals(request.deviceId())) {
            throw new Refusal(403, "server.push.error.wrongDevice", request.deviceId());
        }
        Instant received = clock.instant();
        ChainHeadRef head = db.transaction(c -> {
            Device current = org.lastmile.server.store.Devices.byId(c, device.id()).orElseThrow();
            return ChainExtension.extend(c, current, request.chainHead(), request.chain(), received);
        });
        long skew = Duration.between(received, request.clientTime()).getSeconds();
        boolean flagged = Math.abs(skew) > skewTolerance.getSeconds();
        // One transaction for the batch, a savepoint per operation: each op is still applied or
        // refused on its own, but the batch costs one commit (one fsync) instead of one per op:
        // 10,000 records took minutes at ~9 ms an fsync (docs/performance.md).
        List<OpResult> results = db.transaction(c -> {
            List<OpResult> out = new ArrayList<>();
            OpenCases cases = new OpenCases();
            for (Operation op : request.operations()) {
                out.add(one(c, device, op, request.clientTime(), skew, flagged, cases));
            }
            return out;
        });
        Instant now = clock.instant();
        Receipt receipt = db.transaction(c -> {
            Receipt r = signer.sign(device.id(), head, Sequencer.current(c), now);
            Chains.saveReceipt(c, device.id(), json(r));
            return r;
        });
        return new PushResponse(results, receipt, now, skew, flagged);
    }

    private OpResult one(java.sql.Connection c, Device device, Operation op, Instant clientTime, long skew,
            boolean flagged, OpenCases cases) throws java.sql.SQLException {
        String bodySha = Hashes.sha256(Wire.write(mapper, op));
        Optional<OpResult> stored = stored(c, device, op, bodySha);
        if (stored.isPresent()) {
            return stored.get();
        }
        java.sql.Savepoint before = c.setSavepoint();
        try {
            OpResult r = applier.apply(c, device, op, clock.instant(), cases);
            OpLog.add(c, device.id(), op.opId(), bodySha, json(r), clientTime, clock.instant(), skew, flagged);
            c.releaseSavepoint(before);
            return r;
        } catch (Refusal refused) {
            c.rollback(before);
            if (refused.messageKey().equals("server.push.error.sealMismatch")) {
                Conflicts.quarantine(c, device.id(), op.opId(), op.entityId(), op.payload(), op.payloadSha256(),
                        refused.messageKey(), clock.instant());
            }
            return OpResult.rejected(op.opId(), refused.messageKey());
        } catch (java.sql.SQLException raced) {
            // the same op applied meanwhile by another server process: its stored answer
            c.rollback(before);
            Optional<OpResult> theirs = stored(c, device, op, bodySha);
            if (theirs.isEmpty()) {
                throw raced;
            }
            return theirs.get();
        }
    }

    private Optional<OpResult> stored(java.sql.Connection c, Device device, Operation op, String bodySha)
            throws java.sql.SQLException {
        return OpLog.find(c, device.id(), op.opId()).map(s -> {
            if (!s.bodySha256().equals(bodySha)) {
                return OpResult.rejected(op.opId(), "server.push.error.opReused");
            }
            try {
                return mapper.readValue(s.result(), OpResult.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored result always reads back", e);
            }
        });
    }

    private String json(Object value) {
        return new String(Wire.write(mapper, value), java.nio.charset.StandardCharsets.UTF_8);
    }
}
