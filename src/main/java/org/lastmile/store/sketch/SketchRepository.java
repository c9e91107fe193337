package org.lastmile.store.sketch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchError;
import org.lastmile.domain.sketch.SketchException;
import org.lastmile.store.Database;
import org.lastmile.store.Hashes;
import org.lastmile.store.Tx;
import org.lastmile.store.cases.HandedOverCases;
import org.lastmile.store.audit.AuditAction;
import org.lastmile.store.json.CanonicalJson;
import org.lastmile.store.outbox.ActionLog;
import org.lastmile.store.outbox.Origin;

/**
 * The site sketch of each case, one row per case: every save is one action with its outbox
 * operation and audit event; a sketch held by a sealed record is frozen and refuses changes.
 */
public final class SketchRepository {

    private final Database database;
    private final SketchCodec codec;

    public SketchRepository(Database database, CanonicalJson json) {
        this.database = database;
        this.codec = new SketchCodec(json);
    }

    public SketchCodec codec() {
        return codec;
    }

    /** The SHA-256 of a sketch's canonical bytes. */
    public String sha256(SiteSketch s) {
        return Hashes.sha256(codec.write(s));
    }

    public Optional<StoredSketch> find(UUID caseId) {
        return database.read(tx -> find(tx, caseId));
    }

    public Optional<StoredSketch> find(Tx tx, UUID caseId) throws SQLException {
        return row(tx, caseId).map(r -> new StoredSketch(codec.read(r.doc), r.sha256, r.version,
                Optional.ofNullable(r.frozenBy).map(UUID::fromString)));
    }

    /**
     * The SHA-256 of the sketch bytes as they are stored now (not of the stored column), to compare
     * with what a seal carries; empty when the case has no sketch.
     */
    public Optional<String> storedBytesSha256(Tx tx, UUID caseId) throws SQLException {
        return row(tx, caseId).map(r -> Hashes.sha256(r.doc));
    }

    /**
     * Saves a sketch as one action.
     *
     * @return the stored sketch
     * @throws SketchException {@link SketchError#FROZEN} when a sealed record holds it
     */
    public StoredSketch save(Tx tx, SiteSketch s, String actor, Origin origin) throws SQLException {
        if (origin == Origin.LOCAL) {
            HandedOverCases.refuseNewWork(tx, s.caseId()); // the office took the case away: read-only here
        }
        Optional<Row> existing = row(tx, s.caseId());
        if (existing.isPresent() && existing.get().frozenBy != null) {
            throw new SketchException(SketchError.FROZEN);
        }
        String doc = codec.write(s);
        String sha = Hashes.sha256(doc);
        long version = existing.map(r -> r.version + 1).orElse(1L);
        try (PreparedStatement st = tx.connection().prepareStatement(
                "INSERT INTO sketches (case_id, doc, sha256, version, updated_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (case_id) DO UPDATE SET doc = excluded.doc, sha256 = excluded.sha256,"
                        + " version = excluded.version, updated_at = excluded.updated_at")) {
            st.setString(1, s.caseId().toString());
            st.setString(2, doc);
            st.setString(3, sha);
            st.setLong(4, version);
            st.setString(5, tx.now().toString());
            st.executeUpdate();
        }
        ActionLog.change(tx, origin, actor, AuditAction.SKETCH_SAVED, s.caseId().toString(),
                existing.map(r -> r.version).orElse(null), doc);
        return new StoredSketch(s, sha, version, Optional.empty());
    }

    /** Freezes a case's sketch for a sealed record that holds it (no-op when already frozen). */
    public void freeze(Tx tx, UUID caseId, UUID recordId, String actor) throws SQLException {
        Optional<Row> existing = row(tx, caseId);
        if (existing.isEmpty() || existing.get().frozenBy != null) {
            return;
        }
        try (PreparedStatement st = tx.connection().prepareStatement(
                "UPDATE sketches SET frozen_by = ?, version = ?, updated_at = ? WHERE case_id = ?")) {
            st.setString(1, recordId.toString());
            st.setLong(2, existing.get().version + 1);
            st.setString(3, tx.now().toString());
            st.setString(4, caseId.toString());
            st.executeUpdate();
        }
        ActionLog.change(tx, actor, AuditAction.SKETCH_FROZEN, caseId.toString(), existing.get().version,
                existing.get().doc);
    }

    private static Optional<Row> row(Tx tx, UUID caseId) throws SQLException {
        try (PreparedStatement st = tx.connection().prepareStatement(
                "SELECT doc, sha256, version, frozen_by FROM sketches WHERE case_id = ?")) {
            st.setString(1, caseId.toString());
            try (ResultSet r = st.executeQuery()) {
                return r.next() ? Optional.of(new Row(r.getString(1), r.getString(2), r.getLong(3), r.getString(4)))
                        : Optional.empty();
            }
        }
    }

    private record Row(String doc, String sha256, long version, String frozenBy) {
    }
}
