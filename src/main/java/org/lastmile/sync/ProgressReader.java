package org.lastmile.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;

/**
 * Reads {@link SyncProgress} from the database: the outbox from the session's first row, the
 * attachments not verified or verified in this session. The time left is the bytes left at the
 * rate this reader has seen since its first reading (no rate yet: no estimate).
 */
public final class ProgressReader {

    private final Database database;
    private final Clock clock;
    private Instant firstAt;
    private long firstBytes;

    public ProgressReader(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public synchronized SyncProgress read() {
        SyncProgress p = database.read(ProgressReader::counts);
        Instant now = clock.instant();
        if (firstAt == null) {
            firstAt = now;
            firstBytes = p.bytesDone();
        }
        Optional<Duration> left = timeLeft(p.bytesTotal() - p.bytesDone(), p.bytesDone() - firstBytes,
                Duration.between(firstAt, now));
        return new SyncProgress(p.recordsDone(), p.recordsTotal(), p.bytesDone(), p.bytesTotal(), left,
                p.currentItem(), p.needsPerson(), p.safeToUnplug());
    }

    /** Bytes left at the rate of {@code sent} bytes in {@code elapsed}; empty without a rate. */
    static Optional<Duration> timeLeft(long left, long sent, Duration elapsed) {
        if (left <= 0) {
            return Optional.of(Duration.ZERO);
        }
        if (sent <= 0 || elapsed.isZero() || elapsed.isNegative()) {
            return Optional.empty();
        }
        double nanos = (double) elapsed.toNanos() * left / sent;
        return Optional.of(Duration.ofNanos((long) Math.min(nanos, Long.MAX_VALUE)));
    }

    private static SyncProgress counts(Tx tx) throws SQLException {
        long from;
        long session;
        String current;
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT session_from_seq, session, current_item, session_open FROM sync_state WHERE id = 1");
                ResultSet r = s.executeQuery()) {
            r.next();
            // After a session closed, its counts stay (done of total) until the next one opens.
            from = r.getLong(1);
            session = r.getLong(2);
            current = r.getString(3);
        }
        long recordsDone;
        long recordsTotal;
        long opBytesDone;
        long opBytesTotal;
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT count(*), coalesce(sum(state IN ('confirmed', 'needs_person')), 0),"
                        + " coalesce(sum(length(CAST(payload AS BLOB))), 0),"
                        + " coalesce(sum(CASE WHEN state IN ('confirmed', 'needs_person') THEN length(CAST(payload AS BLOB)) END), 0)"
                        + " FROM outbox WHERE seq >= ? OR " + OutboxQueue.UNSETTLED)) {
            s.setLong(1, from);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                recordsTotal = r.getLong(1);
                recordsDone = r.getLong(2);
                opBytesTotal = r.getLong(3);
                opBytesDone = r.getLong(4);
            }
        }
        long blobBytesTotal;
        long blobBytesDone;
        long blobsLeft;
        long blobsRefused;
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT coalesce(sum(size), 0),"
                        + " coalesce(sum(CASE WHEN state = 'verified' THEN size ELSE min(upload_offset, size) END), 0),"
                        + " coalesce(sum(state <> 'verified'), 0), coalesce(sum(state = 'needs_person'), 0)"
                        + " FROM sync_blobs WHERE state <> 'verified' OR verified_session = ?")) {
            s.setLong(1, session);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                blobBytesTotal = r.getLong(1);
                blobBytesDone = r.getLong(2);
                blobsLeft = r.getLong(3);
                blobsRefused = r.getLong(4);
            }
        }
        // Files fetched for pulled records count with their bytes like uploads (the partial file's
        // length as last checkpointed); they do not hold back "safe to unplug", which is about uploads.
        long downBytesTotal;
        long downBytesDone;
        long downRefused;
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT coalesce(sum(max(size, received, 0)), 0),"
                        + " coalesce(sum(CASE WHEN state = 'verified' THEN size ELSE received END), 0),"
                        + " coalesce(sum(state = 'needs_person'), 0)"
                        + " FROM sync_downloads WHERE state <> 'verified' OR verified_session = ?")) {
            s.setLong(1, session);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                downBytesTotal = r.getLong(1);
                downBytesDone = r.getLong(2);
                downRefused = r.getLong(3);
            }
        }
        long opsRefused;
        long unsettled;
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT coalesce(sum(state = 'needs_person'), 0), coalesce(sum(" + OutboxQueue.UNSETTLED + "), 0)"
                        + " FROM outbox");
                ResultSet r = s.executeQuery()) {
            r.next();
            opsRefused = r.getLong(1);
            unsettled = r.getLong(2);
        }
        return new SyncProgress(recordsDone, recordsTotal, opBytesDone + blobBytesDone + downBytesDone,
                opBytesTotal + blobBytesTotal + downBytesTotal, Optional.empty(), Optional.ofNullable(current),
                opsRefused + blobsRefused + downRefused, unsettled == 0 && blobsLeft == 0);
    }
}
