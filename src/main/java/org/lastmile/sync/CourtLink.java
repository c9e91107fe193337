package org.lastmile.sync;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.lastmile.store.audit.ChainHead;

/**
 * The court server as the sync engine sees it: one method per request of the protocol. The
 * implementation over HTTPS is {@link HttpCourtLink}; each call is one request, so a failure of
 * any of them is a {@link CourtFault} that {@link RetryPolicy} judges.
 */
public interface CourtLink {

    /**
     * The answer to a push.
     *
     * @param results one per operation sent
     * @param receipt the court's signed receipt of the chain head, if it gave one
     */
    record PushReply(List<OpResult> results, Receipts.Receipt receipt) {
    }

    /**
     * A change made at the court, to apply here.
     *
     * @param serverSeq its place in the court's order
     * @param entity the kind of entity
     * @param entityId its id
     * @param version the court's version of it
     * @param deleted a tombstone
     * @param payload its canonical JSON (empty for a tombstone)
     * @param op {@code upsert}, {@code seal} (a sealed record's exact bytes) or {@code delete}
     */
    record PulledChange(long serverSeq, String entity, String entityId, long version, boolean deleted,
            String payload, String op) {

        /** A change that is not a seal. */
        PulledChange(long serverSeq, String entity, String entityId, long version, boolean deleted, String payload) {
            this(serverSeq, entity, entityId, version, deleted, payload, deleted ? "delete" : "upsert");
        }
    }

    /** The operation of a sealed record's arrival. */
    String SEAL = "seal";

    /**
     * A page of changes after a cursor.
     *
     * @param changes the changes, in server order
     * @param next the cursor to store with this page
     * @param more whether more pages follow
     */
    record PullPage(List<PulledChange> changes, long next, boolean more) {
    }

    /**
     * The court's answer to a chunk.
     *
     * @param offset how many bytes of the file the court now holds
     * @param verified whether the whole file arrived and hashes to its name
     */
    record ChunkReply(long offset, boolean verified) {
    }

    /**
     * Sends a batch with the device's chain head and the audit events after the head the court
     * acknowledged last.
     */
    PushReply push(List<OutgoingOp> ops, ChainHead head, List<org.lastmile.store.audit.AuditEvent> chain)
            throws CourtFault;

    PullPage pull(long cursor, int limit) throws CourtFault;

    /** Which of these hashes the court does not hold verified. */
    Set<String> missing(Collection<String> hashes) throws CourtFault;

    /** How many bytes of this file the court holds (starting an upload when it holds none). */
    ChunkReply offset(String sha256, long size) throws CourtFault;

    /** Appends a chunk at an offset, with the chunk's own SHA-256. */
    ChunkReply append(String sha256, long size, long offset, byte[] chunk, int length, String chunkSha256)
            throws CourtFault;

    /**
     * Fetches a verified file the court holds, from {@code offset} on, writing its bytes into
     * {@code part} at that offset (the bytes before it are the ones received earlier; a court that
     * answers with the whole file rewrites it from 0). The bytes written stay in {@code part} when
     * the link is cut, so the next call continues from there. Nothing is checked here but the
     * framing: the caller hashes the whole file.
     *
     * @param progress told the partial file's length as bytes arrive
     * @return the whole file's length as the court gives it
     * @throws CourtFault {@code 404} when no record this device may see names it (or the court does
     *     not hold it verified yet), {@code 400} for a range the court refuses
     */
    default long download(String sha256, long offset, java.nio.file.Path part, java.util.function.LongConsumer progress)
            throws CourtFault {
        throw CourtFault.status(404, null, "server.download.error.notFound");
    }

    /**
     * How far this laptop's clock is ahead of the court's (negative: behind), from the court's
     * {@code Date} on the last answer; empty before any answer. The laptop's time is only a claim:
     * it never orders anything, it is flagged when far off.
     */
    default java.util.Optional<java.time.Duration> clockSkew() {
        return java.util.Optional.empty();
    }
}
