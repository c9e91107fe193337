package org.lastmile.server.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lastmile.server.store.AttachmentRows;
import org.lastmile.server.store.Conflicts;
import org.lastmile.server.store.Device;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.EntityRow;
import org.lastmile.server.store.Refusal;
import org.lastmile.server.store.Unassignments;
import org.lastmile.server.store.Scope;
import org.lastmile.server.store.Sequencer;
import org.lastmile.store.Hashes;
import org.lastmile.sync.protocol.OpResult;
import org.lastmile.sync.protocol.OpStatus;
import org.lastmile.sync.protocol.Operation;

/**
 * Applies one operation inside its transaction: checks, then the rule of its kind (sealed records
 * only accumulate, upserts merge against their base, deletes are tombstones). A refusal is thrown
 * so that the transaction rolls back with nothing changed.
 */
final class OpApplier {

    private static final Set<String> ENTITIES = Set.of("case", "officer", "record", "sketch");

    private final PayloadCheck check;

    OpApplier(PayloadCheck check) {
        this.check = check;
    }

    /** @param cases what this push batch (its one transaction) learnt of its cases so far */
    OpResult apply(Connection c, Device device, Operation op, Instant now, OpenCases cases) throws SQLException {
        if (!ENTITIES.contains(op.entity())) {
            throw new Refusal(422, "server.push.error.entity", op.entity());
        }
        if (op.entity().equals("case")) {
            cases.forget();
        }
        boolean seal = Operation.SEAL.equals(op.op());
        boolean delete = Operation.DELETE.equals(op.op());
        if (!seal && !delete && !Operation.UPSERT.equals(op.op()) || seal && !op.entity().equals("record")
                || delete && (op.entity().equals("officer") || op.entity().equals("sketch"))) {
            throw new Refusal(422, "server.push.error.op", op.op());
        }
        if (op.payload() != null && !Hashes.sha256(op.payload()).equals(op.payloadSha256())) {
            throw new Refusal(422, "server.push.error.payloadHash", op.entityId());
        }
        Parsed parsed = op.payload() == null ? null : check.check(op.entity(), op.entityId(), op.payload(), seal);
        // The lock on the counter is taken before anything the write depends on is read.
        long sequence = Sequencer.next(c);
        Optional<EntityRow> existing = Entities.find(c, op.entity(), op.entityId());
        if (parsed != null) {
            allowed(c, device, op, parsed.scope(), existing, cases);
        }
        OpResult result;
        if (seal) {
            result = seal(c, device, op, parsed, existing, sequence, now);
        } else if (delete) {
            result = delete(c, device, op, existing, sequence, now);
        } else {
            result = upsert(c, device, op, parsed, existing, sequence, now);
        }
        if (result.status() == OpStatus.APPLIED) {
            List<String> missing = new ArrayList<>();
            for (String sha : op.attachments()) {
                if (!AttachmentRows.verified(c, sha)) {
                    missing.add(sha);
                }
            }
            if (!missing.isEmpty()) {
                result = new OpResult(op.opId(), OpStatus.AWAITING_ATTACHMENTS, result.serverVersion(),
                        result.sequence(), null, null, missing);
            }
        }
        return result;
    }

    /**
     * Officers change only the cases of their court and assignment, and records of those cases.
     * The court is the one the office named at enrolment ({@code server enrol --court}); nothing a
     * device pushes changes it. It used to be learnt from the officer row the laptop pushed, so
     * the device read at the start of a push kept no court while later pushes had one: whether a
     * case of another court was taken depended on where the laptop cut its outbox into batches
     * (PushBatchingTest). Everything else read here is read in this transaction, op by op.
     */
    private void allowed(Connection c, Device device, Operation op, Scope scope, Optional<EntityRow> existing,
            OpenCases cases) throws SQLException {
        switch (op.entity()) {
            case "case" -> {
                if (device.courtCode() != null && !device.courtCode().equals(scope.courtCode())) {
                    throw new Refusal(403, "server.push.error.court", scope.caseNumber());
                }
                Optional<String> holder = Entities.caseWithNumber(c, scope.caseNumber());
                if (holder.isPresent() && !holder.get().equals(op.entityId())) {
                    throw new Refusal(409, "server.push.error.caseNumberTaken", scope.caseNumber());
                }
                if (existing.isPresent() && !Entities.caseOpenTo(c, existing.get(), device)) {
                    throw new Refusal(403, handedOver(c, device, op.entityId(), "server.push.error.notAssigned"),
                            scope.caseNumber());
                }
            }
            case "record", "sketch" -> {
                if (!cases.openTo(c, scope.caseId(), device)) {
                    throw new Refusal(403, handedOver(c, device, scope.caseId(), "server.push.error.unknownCase"),
                            scope.caseId());
                }
            }
            default -> {
                if (device.courtCode() != null && !device.courtCode().equals(scope.courtCode())) {
                    throw new Refusal(403, "server.push.error.court", op.entityId());
                }
            }
        }
    }

    /**
     * The reason for a refusal on a case not open to the device: {@code handedOver} when its officer
     * was taken off the case and the laptop has stored that notice (it shows the case handed over).
     */
    private static String handedOver(Connection c, Device device, String caseId, String otherwise)
            throws SQLException {
        return Unassignments.madeBeforeTheDeviceKnew(c, device.id(), device.officerId(), caseId).isPresent()
                ? "server.push.error.handedOver" : otherwise;
    }

    private OpResult seal(Connection c, Device device, Operation op, Parsed parsed, Optional<EntityRow> existing,
            long sequence, Instant now) throws SQLException {
        if (existing.isPresent() && existing.get().sealed()) {
            if (existing.get().payloadSha256().equals(op.payloadSha256())) {
                return new OpResult(op.opId(), OpStatus.DUPLICATE, existing.get().version(), null, null, null, null);
            }
            throw new Refusal(409, "server.push.error.sealMismatch", op.entityId());
        }
        long version = existing.map(e -> e.version() + 1).orElse(1L);
        Entities.write(c, sequence, new EntityRow(op.entity(), op.entityId(), version, op.payload(), op.payloadSha256(),
                true, false, parsed.scope()), Operation.SEAL, device.id().toString(), true, now);
        if (existing.isPresent() && existing.get().deleted()) {
            // Sealed records are never deleted, so the seal stands; but it undoes the office's
            // delete, which a person must see (a delete racing an edit is a conflict).
            Conflicts.add(c, op.opId(), "_deleted", op.entity(), op.entityId(), device.id(), "false", "true", "false", now);
            return new OpResult(op.opId(), OpStatus.CONFLICT, version, sequence, "server.push.conflict",
                    List.of("_deleted"), null);
        }
        return applied(op, version, sequence);
    }

    private OpResult delete(Connection c, Device device, Operation op, Optional<EntityRow> existing, long sequence,
            Instant now) throws SQLException {
        EntityRow row = existing.orElseThrow(() -> new Refusal(404, "server.push.error.unknownEntity", op.entityId()));
        if (row.sealed()) {
            throw new Refusal(409, "server.push.error.sealedDelete", op.entityId());
        }
        if (row.deleted()) {
            return new OpResult(op.opId(), OpStatus.DUPLICATE, row.version(), null, null, null, null);
        }
        if (op.baseVersion() == null || op.baseVersion() != row.version()) {
            // a delete racing an edit at the office: the office's version stays, a person decides
            Conflicts.add(c, op.opId(), "_deleted", op.entity(), op.entityId(), device.id(), "false", "false", "true", now);
            return new OpResult(op.opId(), OpStatus.CONFLICT, row.version(), null, "server.push.conflict",
                    List.of("_deleted"), null);
        }
        long version = row.version() + 1;
        Entities.write(c, sequence, new EntityRow(row.entity(), row.entityId(), version, null, null, false, true,
                row.scope()), Operation.DELETE, device.id().toString(), true, now);
        return applied(op, version, sequence);
    }

    private OpResult upsert(Connection c, Device device, Operation op, Parsed parsed, Optional<EntityRow> existing,
            long sequence, Instant now) throws SQLException {
        if (existing.isEmpty()) {
            if (op.baseVersion() != null) {
                throw new Refusal(409, "server.push.error.baseVersion", op.entityId());
            }
            write(c, device, op, 1, op.payload(), op.payloadSha256(), parsed.scope(), sequence, true, now);
            return applied(op, 1, sequence);
        }
        EntityRow row = existing.get();
        if (row.sealed()) {
            throw new Refusal(409, "server.push.error.sealed", op.entityId());
        }
        if (row.deleted()) {
            Conflicts.add(c, op.opId(), "_deleted", op.entity(), op.entityId(), device.id(), "false", "true", "false", now);
            return new OpResult(op.opId(), OpStatus.CONFLICT, row.version(), null, "server.push.conflict",
                    List.of("_deleted"), null);
        }
        Long base = op.baseVersion();
        if (base == null || base > row.version()) {
            throw new Refusal(409, "server.push.error.baseVersion", op.entityId());
        }
        if (base == row.version()) {
            write(c, device, op, row.version() + 1, op.payload(), op.payloadSha256(), parsed.scope(), sequence, true,
                    now);
            return applied(op, row.version() + 1, sequence);
        }
        String baseText = Entities.payloadAt(c, op.entity(), op.entityId(), base)
                .orElseThrow(() -> new Refusal(409, "server.push.error.baseVersion", op.entityId()));
        // The device's own previous edit, which this court merged and the device never held as
        // this court's version: its value of a field is not another side's change.
        JsonNode baseTree = check.check(op.entity(), op.entityId(),
                op.basePayload() == null ? baseText : op.basePayload(), false).tree();
        Parsed office = check.check(op.entity(), op.entityId(), row.payload(), false);
        Merge.Result merge = Merge.of(baseTree, office.tree(), parsed.tree());
        String merged;
        try {
            merged = check.canonical(op.entity(), op.entityId(), merge.merged());
        } catch (Refusal mergedInvalid) {
            merged = row.payload(); // fields that only make sense together: keep the office's whole
        }
        for (Merge.Field f : merge.conflicts()) {
            Conflicts.add(c, op.opId(), f.name(), op.entity(), op.entityId(), device.id(), text(f.base()),
                    text(f.office()), text(f.device()), now);
        }
        long version = row.version();
        Long seq = null;
        if (!merged.equals(row.payload())) {
            version++;
            seq = sequence;
            Scope scope = check.check(op.entity(), op.entityId(), merged, false).scope();
            // Never "exact" after a merge: the device's copy carries its own version number for
            // this content, so the merged version goes down to it too, and the device then holds
            // the court's number (sync.LocalVersions) instead of one the court gave other content.
            write(c, device, op, version, merged, Hashes.sha256(merged), scope, sequence, false, now);
        }
        if (merge.conflicts().isEmpty()) {
            return new OpResult(op.opId(), OpStatus.APPLIED, version, seq, null, null, null);
        }
        return new OpResult(op.opId(), OpStatus.CONFLICT, version, seq, "server.push.conflict",
                Merge.names(merge.conflicts()), null);
    }

    /**
     * @param sha the payload's SHA-256: the operation's own, checked against its payload in
     *     {@link #apply}, when the payload is the operation's (hashing it again cost a second pass
     *     over every pushed payload), else computed by the caller
     */
    private static void write(Connection c, Device device, Operation op, long version, String payload, String sha,
            Scope scope, long sequence, boolean exact, Instant now) throws SQLException {
        Entities.write(c, sequence, new EntityRow(op.entity(), op.entityId(), version, payload, sha,
                false, false, scope), op.op(), device.id().toString(), exact, now);
    }

    private static OpResult applied(Operation op, long version, long sequence) {
        return new OpResult(op.opId(), OpStatus.APPLIED, version, sequence, null, null, null);
    }

    private static String text(JsonNode node) {
        return node == null ? null : node.toString();
    }
}
