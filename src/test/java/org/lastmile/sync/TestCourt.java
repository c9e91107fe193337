package org.lastmile.sync;

import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lastmile.store.Hashes;
import org.lastmile.store.audit.AuditEvent;
import org.lastmile.store.audit.ChainHead;
import org.lastmile.sync.protocol.ChainHeadRef;
import org.lastmile.sync.protocol.Receipt;

/**
 * A court in the test JVM with the server's rules as sync.md states them (an op_id applied once, a
 * repeat answered with the stored result, chunks appended only at the court's offset and only when
 * their hash holds, a file verified only when it hashes to its name), and scripted faults. It
 * stands in for the network in the engine's own tests; the end-to-end tests use the real server.
 * Its calls are synchronized, as the real court's are by its database: the engine uploads several
 * files at once, and two appends into the plain maps here failed once in a full build
 * (ConcurrentModificationException in {@code HashMap.computeIfAbsent}).
 */
final class TestCourt implements CourtLink {

    /** Simulates the client process dying at this point. */
    static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** A fault to throw on a call: the call's number (1-based) and what to throw. */
    interface Fault {
        /** @return a fault to throw before (or after, see {@link #afterCommit}) handling the call, or null */
        Exception on(String call, int number);

        default boolean afterCommit() {
            return false;
        }
    }

    final Map<UUID, OpResult> applied = new HashMap<>();
    final Map<String, Integer> appliedCount = new HashMap<>();
    final List<List<OutgoingOp>> batches = new ArrayList<>();
    final List<PulledChange> changes = new ArrayList<>();
    final Map<String, ByteArrayOutputStream> uploads = new HashMap<>();
    final Set<String> verified = new LinkedHashSet<>();
    final Map<String, Integer> calls = new HashMap<>();
    final Map<String, Integer> conflictFields = new HashMap<>();
    final Map<String, String> conflictOn = new HashMap<>();
    long bytesReceived;
    long seq;
    Fault fault = (c, n) -> null;
    private final KeyPair key;
    final UUID deviceId = UUID.randomUUID();

    TestCourt() throws Exception {
        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    String receiptKey() {
        return Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
    }

    private void maybeFail(String call, boolean after) throws CourtFault {
        int n = calls.merge(call + (after ? "" : "#"), 1, Integer::sum);
        if (fault.afterCommit() != after) {
            return;
        }
        Exception e = fault.on(call, n);
        if (e instanceof CourtFault f) {
            throw f;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
    }

    int calls(String call) {
        return calls.getOrDefault(call + "#", 0);
    }

    @Override
    public synchronized PushReply push(List<OutgoingOp> ops, ChainHead head, List<AuditEvent> chain) throws CourtFault {
        maybeFail("push", false);
        batches.add(List.copyOf(ops));
        List<OpResult> results = new ArrayList<>();
        for (OutgoingOp op : ops) {
            OpResult stored = applied.get(op.opId());
            if (stored != null) {
                results.add(new OpResult(op.opId(), stored.outcome() == OpOutcome.APPLIED ? OpOutcome.DUPLICATE
                        : stored.outcome(), stored.serverSeq(), stored.detail(), stored.conflicts()));
                continue;
            }
            OpResult r;
            String field = conflictOn.get(op.entityId());
            if (field != null) {
                r = new OpResult(op.opId(), OpOutcome.CONFLICT, ++seq, "server.push.conflict",
                        List.of(new FieldConflict(field, null, JsonField.value(op.payload(), field), null)));
            } else {
                r = new OpResult(op.opId(), OpOutcome.APPLIED, ++seq, null, List.of());
            }
            applied.put(op.opId(), r);
            appliedCount.merge(op.opId().toString(), 1, Integer::sum);
            results.add(r);
        }
        Receipts.Receipt receipt = receipt(head);
        maybeFail("push", true);
        return new PushReply(results, receipt);
    }

    Receipts.Receipt receipt(ChainHead head) {
        try {
            Instant at = Instant.parse("2026-11-26T03:00:00Z");
            byte[] text = Receipt.signedText(deviceId, new ChainHeadRef(head.seq(), head.hash()), seq, at);
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key.getPrivate());
            s.update(text);
            String sig = Base64.getEncoder().encodeToString(s.sign());
            boolean valid = ReceiptSignature(text, sig);
            return new Receipts.Receipt(head, new String(text, java.nio.charset.StandardCharsets.UTF_8), sig, valid);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean ReceiptSignature(byte[] text, String sig) throws Exception {
        Signature v = Signature.getInstance("Ed25519");
        v.initVerify(key.getPublic());
        v.update(text);
        return v.verify(Base64.getDecoder().decode(sig));
    }

    @Override
    public synchronized PullPage pull(long cursor, int limit) throws CourtFault {
        maybeFail("pull", false);
        List<PulledChange> page = changes.stream().filter(c -> c.serverSeq() > cursor).limit(limit).toList();
        long next = page.isEmpty() ? cursor : page.get(page.size() - 1).serverSeq();
        boolean more = changes.stream().anyMatch(c -> c.serverSeq() > next);
        maybeFail("pull", true);
        return new PullPage(page, next, more);
    }

    @Override
    public synchronized Set<String> missing(Collection<String> hashes) throws CourtFault {
        maybeFail("missing", false);
        Set<String> missing = new LinkedHashSet<>(hashes);
        missing.removeAll(verified);
        return missing;
    }

    @Override
    public synchronized ChunkReply offset(String sha256, long size) throws CourtFault {
        maybeFail("offset", false);
        if (verified.contains(sha256)) {
            return new ChunkReply(size, true);
        }
        return new ChunkReply(uploads.computeIfAbsent(sha256, k -> new ByteArrayOutputStream()).size(), false);
    }

    @Override
    public synchronized ChunkReply append(String sha256, long size, long offset, byte[] chunk, int length, String chunkSha256)
            throws CourtFault {
        maybeFail("append", false);
        bytesReceived += length;
        ByteArrayOutputStream file = uploads.computeIfAbsent(sha256, k -> new ByteArrayOutputStream());
        if (offset != file.size()) {
            throw CourtFault.status(409, null, "server.upload.offset");
        }
        byte[] bytes = java.util.Arrays.copyOf(chunk, length);
        if (!Hashes.sha256(bytes).equals(chunkSha256)) {
            throw CourtFault.status(422, null, "server.upload.checksum");
        }
        file.write(bytes, 0, length);
        boolean done = file.size() == size;
        if (done) {
            if (Hashes.sha256(file.toByteArray()).equals(sha256)) {
                verified.add(sha256);
            } else {
                uploads.remove(sha256);
                throw CourtFault.status(422, null, "server.upload.hash");
            }
        }
        maybeFail("append", true);
        return new ChunkReply(file.size(), done);
    }
}
