package org.lastmile.store.audit;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.common.Key;
import org.lastmile.store.DataFolder;
import org.lastmile.store.Database;
import org.lastmile.store.Hashes;
import org.lastmile.store.RestoreHint;
import org.lastmile.store.Tx;
import org.lastmile.store.audit.AuditDifference.Kind;

/**
 * Checks the audit chain against everything that should agree with it: the heads kept outside the
 * audit table (the settings row, the file beside the database, each sealed record, each outbox
 * row) and the current rows (each case, officer, record and setting hashes to the payload of its
 * last event; a record sealed in the chain is still there, sealed, with the same seal).
 *
 * <p>The court's newest signed receipt (table {@code sync_receipts}) is one of the heads: a chain
 * cut back or rebuilt after a sync no longer reaches the head the court signed. What it cannot
 * see alone: a chain rebuilt in full with every head and row before any sync.
 */
public final class ChainAudit {

    /** The settings key of the head, written by a trigger in the same transaction as each event. */
    public static final String SETTINGS_HEAD = "audit.head";

    /** The query of each audited table's rows: identity and the canonical text its events hash. */
    private static final Map<String, String> TABLES = Map.of("case", "SELECT id, doc FROM cases ORDER BY id",
            "officer", "SELECT id, doc FROM officers ORDER BY id", "record", "SELECT id, doc FROM records ORDER BY id",
            "sketch", "SELECT case_id, doc FROM sketches ORDER BY case_id");

    private final Database database;
    private final AuditLog log;
    private final Path headFile;

    public ChainAudit(Database database, AuditLog log, Path headFile) {
        this.database = database;
        this.log = log;
        this.headFile = headFile;
    }

    /** Runs every check; reports the first difference. */
    public AuditReport verify() {
        ChainCheck chain = log.verify();
        if (!chain.intact()) {
            AuditEvent e = chain.firstBroken().orElseThrow();
            return new AuditReport(chain.events(), Optional.of(new AuditDifference(
                    chain.reason() == ChainCheck.Reason.LINK ? Kind.EVENT_UNLINKED : Kind.EVENT_CHANGED, e.seq(), e.id())));
        }
        Optional<AuditDifference> difference = database.read(tx -> firstDifference(tx, chain.events()));
        return new AuditReport(chain.events(), difference);
    }

    /**
     * Whether a record the chain says was sealed is still sealed with the same seal.
     *
     * @return the difference, or empty when the chain never sealed it or the record agrees
     */
    public Optional<AuditDifference> checkSeal(UUID recordId) {
        return database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT e.seq, e.payload_sha256, r.state, r.seal_sha256 FROM audit_events e"
                            + " LEFT JOIN records r ON r.id = e.entity_id"
                            + " WHERE e.action = 'record.sealed' AND e.entity_id = ? ORDER BY e.seq DESC LIMIT 1")) {
                s.setString(1, recordId.toString());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next() || ("sealed".equals(r.getString(3)) && r.getString(2).equals(r.getString(4)))) {
                        return Optional.empty();
                    }
                    return Optional.of(new AuditDifference(Kind.SEAL_LOST, recordId.toString(), r.getLong(1)));
                }
            }
        });
    }

    private Optional<AuditDifference> firstDifference(Tx tx, long events) throws SQLException {
        long last = lastSeq(tx);
        Optional<AuditDifference> d = heads(tx, last);
        if (d.isEmpty()) {
            d = seals(tx);
        }
        if (d.isEmpty()) {
            d = rows(tx);
        }
        return d;
    }

    private Optional<AuditDifference> heads(Tx tx, long last) throws SQLException {
        Optional<String> setting = setting(tx);
        if (setting.isEmpty() && last > 0) {
            return Optional.of(new AuditDifference(Kind.HEAD_MISSING, last));
        }
        Map<String, Optional<ChainHead>> kept = new LinkedHashMap<>();
        kept.put("settings", setting.flatMap(ChainHead::parse));
        kept.put("file", HeadFile.read(headFile));
        if (kept.get("file").isEmpty() && last > 0) {
            // The file exists from before the first event on (HeadFile.start): gone or unreadable
            // now means deleted or overwritten, and the way back is the newest backup.
            return Optional.of(new AuditDifference(Kind.HEAD_FILE_LOST, last,
                    RestoreHint.of(new DataFolder(headFile.getParent()))));
        }
        // The court's newest signed receipt (sync): a chain cut back after a sync no longer reaches it.
        kept.put("receipt", receiptHead(tx));
        for (var entry : kept.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            Optional<AuditDifference> d = compare(tx, where(entry.getKey()), entry.getValue().get(), last);
            if (d.isPresent()) {
                return d;
            }
        }
        // The settings head is written with every event: it must be the very last one.
        if (kept.get("settings").map(h -> h.seq() != last).orElse(false)) {
            return Optional.of(new AuditDifference(Kind.CUT_SHORT, where("settings"), kept.get("settings").get().seq(), last));
        }
        for (String table : List.of("records", "outbox")) {
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT t.chain_seq, t.chain_hash, e.hash FROM "
                    + table + " t LEFT JOIN audit_events e ON e.seq = t.chain_seq"
                    + " WHERE t.chain_seq IS NOT NULL AND (e.hash IS NULL OR e.hash <> t.chain_hash) ORDER BY t.seq LIMIT 1");
                    ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return Optional.of(r.getString(3) == null
                            ? new AuditDifference(Kind.CUT_SHORT, where(table), r.getLong(1), last)
                            : new AuditDifference(Kind.HEAD_MISMATCH, where(table), r.getLong(1)));
                }
            }
        }
        return Optional.empty();
    }

    /** Where a head was kept, said in the user's language. */
    private static Key where(String place) {
        return new Key("audit.where." + place);
    }

    private static Key entity(String entity) {
        return new Key("audit.entity." + entity);
    }

    private static Optional<AuditDifference> compare(Tx tx, Key where, ChainHead head, long last)
            throws SQLException {
        if (head.equals(HeadFile.EMPTY)) {
            return Optional.empty(); // the empty chain is the start of every chain
        }
        if (head.seq() > last) {
            return Optional.of(new AuditDifference(Kind.CUT_SHORT, where, head.seq(), last));
        }
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT hash FROM audit_events WHERE seq = ?")) {
            s.setLong(1, head.seq());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.of(new AuditDifference(Kind.CUT_SHORT, where, head.seq(), last));
                }
                if (!r.getString(1).equals(head.hash())) {
                    return Optional.of(new AuditDifference(Kind.HEAD_MISMATCH, where, head.seq()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<AuditDifference> seals(Tx tx) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT e.seq, e.entity_id, e.payload_sha256, r.state, r.seal_sha256 FROM audit_events e"
                        + " LEFT JOIN records r ON r.id = e.entity_id WHERE e.action = 'record.sealed' ORDER BY e.seq");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (!"sealed".equals(r.getString(4)) || !r.getString(3).equals(r.getString(5))) {
                    return Optional.of(new AuditDifference(Kind.SEAL_LOST, r.getString(2), r.getLong(1)));
                }
            }
        }
        return Optional.empty();
    }

    /** Each row against the payload hash of its entity's last event, and each event's entity against a row. */
    private static Optional<AuditDifference> rows(Tx tx) throws SQLException {
        Map<String, String> lastPayload = new HashMap<>();
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT entity, entity_id, payload_sha256 FROM audit_events ORDER BY seq");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                lastPayload.put(r.getString(1) + "/" + r.getString(2), r.getString(3));
            }
        }
        for (var table : List.of("case", "officer", "record", "sketch")) {
            try (PreparedStatement s = tx.connection().prepareStatement(TABLES.get(table));
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Optional<AuditDifference> d = row(lastPayload, table, r.getString(1), r.getString(2));
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT key, value FROM settings WHERE key <> '" + SETTINGS_HEAD + "' ORDER BY key");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Optional<AuditDifference> d = row(lastPayload, "setting", r.getString(1), r.getString(2));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        // What is left in the map had an event but has no row any more.
        return lastPayload.keySet().stream().sorted().findFirst().map(key -> {
            String[] parts = key.split("/", 2);
            return new AuditDifference(Kind.ROW_MISSING, entity(parts[0]), parts[1]);
        });
    }

    private static Optional<AuditDifference> row(Map<String, String> lastPayload, String entity, String id,
            String content) {
        String expected = lastPayload.remove(entity + "/" + id);
        if (expected == null) {
            return Optional.of(new AuditDifference(Kind.ROW_UNRECORDED, entity(entity), id));
        }
        if (!expected.equals(Hashes.sha256(content))) {
            return Optional.of(new AuditDifference(Kind.ROW_CHANGED, entity(entity), id));
        }
        return Optional.empty();
    }

    private static long lastSeq(Tx tx) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT coalesce(max(seq), 0) FROM audit_events");
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static Optional<ChainHead> receiptHead(Tx tx) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT chain_seq, chain_hash FROM sync_receipts WHERE signature_ok = 1 ORDER BY seq DESC LIMIT 1");
                ResultSet r = s.executeQuery()) {
            return r.next() && r.getLong(1) > 0 ? Optional.of(new ChainHead(r.getLong(1), r.getString(2))) : Optional.empty();
        }
    }

    private static Optional<String> setting(Tx tx) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            s.setString(1, SETTINGS_HEAD);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }
}
