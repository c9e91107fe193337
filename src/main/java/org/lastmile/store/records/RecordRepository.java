package org.lastmile.store.records;

import org.lastmile.domain.record.seal.SealRefusedException;
import org.lastmile.domain.record.seal.SealCheck;
import org.lastmile.domain.record.seal.StoredRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.domain.record.rules.Violation;
import org.lastmile.store.outbox.ActionLog;
import org.lastmile.store.outbox.Origin;
import org.lastmile.store.Database;
import org.lastmile.store.Hashes;
import org.lastmile.store.Tx;
import org.lastmile.store.cases.HandedOverCases;
import org.lastmile.store.audit.AuditAction;
import org.lastmile.store.blobs.BlobStore;
import org.lastmile.store.json.CanonicalJson;
import org.lastmile.store.json.RecordCodec;

/**
 * On-site records: drafts saved on every edit, sealed once, never changed afterwards. Each save
 * and the seal is one action with its outbox operation and audit event.
 */
public final class RecordRepository {

    private final Database database;
    private final RecordCodec codec;
    private final CanonicalJson json;
    private final BlobStore blobs;

    public RecordRepository(Database database, CanonicalJson json, BlobStore blobs) {
        this.database = database;
        this.json = json;
        this.codec = new RecordCodec(json);
        this.blobs = blobs;
    }

    public RecordCodec codec() {
        return codec;
    }

    /** The SHA-256 of what a signatory sees: the record's content without signatures. */
    public String contentSha256(SiteRecord r) {
        return Hashes.sha256(codec.content(r));
    }

    /**
     * Saves a draft as one action.
     *
     * @return the new version
     * @throws LocalizedException {@code record.error.sealed} for a sealed record,
     *     {@code record.error.amendsDraft} for an amendment of a record that is not sealed
     */
    public long saveDraft(SiteRecord r, String actor) {
        return database.transaction(tx -> saveDraft(tx, r, actor, Origin.LOCAL));
    }

    /**
     * Saves a draft inside an open transaction (the service's), with the same refusals; a draft
     * pulled from the server is audited but not put in the outbox.
     */
    public long saveDraft(Tx tx, SiteRecord r, String actor, Origin origin) throws SQLException {
        if (origin == Origin.LOCAL) {
            HandedOverCases.refuseNewWork(tx, r.caseId()); // the office took the case away: read-only here
        }
        Optional<Row> existing = row(tx, r.id());
        if (existing.isPresent() && existing.get().sealed) {
            throw new LocalizedException("record.error.sealed", r.id());
        }
        if (r.amends() != null && row(tx, r.amends()).map(row -> !row.sealed).orElse(true)) {
            throw new LocalizedException("record.error.amendsDraft", r.amends());
        }
        String doc = codec.write(r);
        long version = existing.map(row -> row.version + 1).orElse(1L);
        try (PreparedStatement s = tx.connection().prepareStatement(
                "INSERT INTO records (id, case_id, type, state, doc, amends, version, updated_at)"
                        + " VALUES (?, ?, ?, 'draft', ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                        + " doc = excluded.doc, version = excluded.version, updated_at = excluded.updated_at")) {
            s.setString(1, r.id().toString());
            s.setString(2, r.caseId().toString());
            s.setString(3, r.type().name());
            s.setString(4, doc);
            s.setString(5, r.amends() == null ? null : r.amends().toString());
            s.setLong(6, version);
            s.setString(7, tx.now().toString());
            s.executeUpdate();
        }
        if (origin == Origin.LOCAL) {
            // a draft from the court names files made on another laptop: they are not here to send
            for (AttachmentRef a : r.attachments()) {
                registerAttachment(tx, a);
            }
        }
        ActionLog.change(tx, origin, actor, existing.isEmpty() ? AuditAction.RECORD_CREATED : AuditAction.RECORD_SAVED,
                r.id().toString(), existing.map(row -> row.version).orElse(null), doc);
        return version;
    }

    /**
     * Seals a draft: checks the rules and the attachments, then stores the exact canonical bytes
     * and their SHA-256. Refused (nothing changed) when a block-level rule fails.
     *
     * @throws SealRefusedException with every violation
     * @throws LocalizedException {@code record.error.notFound}, {@code record.error.sealed},
     *     {@code record.seal.error.attachmentMissing}
     */
    public StoredRecord seal(UUID id, String actor, RecordChecker checker) {
        return database.transaction(tx -> seal(tx, id, actor, checker));
    }

    /** Seals inside an open transaction (the service's); same checks and refusals as above. */
    public StoredRecord seal(Tx tx, UUID id, String actor, RecordChecker checker) throws SQLException {
        Row row = row(tx, id).orElseThrow(() -> new LocalizedException("record.error.notFound", id));
        if (row.sealed) {
            throw new LocalizedException("record.error.sealed", id);
        }
        SiteRecord r = codec.read(row.doc);
        HandedOverCases.refuseNewWork(tx, r.caseId());
        List<Violation> violations = checker.check(r, contentSha256(r));
        if (!RecordChecker.sealable(violations)) {
            throw new SealRefusedException(violations);
        }
        for (AttachmentRef a : r.attachments()) {
            if (!present(a)) {
                throw new LocalizedException("record.seal.error.attachmentMissing",
                        a.fileName() == null ? a.sha256() : a.fileName());
            }
        }
        for (Signature s : r.signatures()) {
            if (s.imageSha256() != null && !blobs.exists(s.imageSha256())) {
                throw new LocalizedException("record.seal.error.attachmentMissing", s.imageSha256());
            }
        }
        String bytes = codec.write(r);
        String seal = Hashes.sha256(bytes);
        Instant now = tx.now();
        try (PreparedStatement s = tx.connection().prepareStatement(
                "UPDATE records SET state = 'sealed', doc = ?, seal_sha256 = ?, sealed_at = ?, version = ?,"
                        + " updated_at = ? WHERE id = ?")) {
            s.setString(1, bytes);
            s.setString(2, seal);
            s.setString(3, now.toString());
            s.setLong(4, row.version + 1);
            s.setString(5, now.toString());
            s.setString(6, id.toString());
            s.executeUpdate();
        }
        ActionLog.change(tx, actor, AuditAction.RECORD_SEALED, id.toString(), row.version, bytes);
        return new StoredRecord(r, true, seal, now, row.version + 1);
    }

    /**
     * Stores a record the court holds as sealed, from its exact bytes (a seal made on another
     * laptop of the officer, pulled from the server): stored as they are, never re-encoded, so that
     * they still hash to the seal. Audited, not sent back.
     *
     * @param version the court's version of it
     * @return false when this laptop holds it sealed already with the same hash
     * @throws LocalizedException {@code record.error.sealed} when it holds it sealed with another hash
     */
    public boolean storeSealed(Tx tx, String bytes, long version, String actor) throws SQLException {
        SiteRecord r = codec.read(bytes);
        String seal = Hashes.sha256(bytes);
        Optional<Row> existing = row(tx, r.id());
        if (existing.isPresent() && existing.get().sealed) {
            if (seal.equals(existing.get().seal)) {
                return false;
            }
            throw new LocalizedException("record.error.sealed", r.id());
        }
        Instant now = tx.now();
        try (PreparedStatement s = tx.connection().prepareStatement(
                "INSERT INTO records (id, case_id, type, state, doc, seal_sha256, sealed_at, amends, version, updated_at)"
                        + " VALUES (?, ?, ?, 'sealed', ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = 'sealed',"
                        + " doc = excluded.doc, seal_sha256 = excluded.seal_sha256, sealed_at = excluded.sealed_at,"
                        + " version = excluded.version, updated_at = excluded.updated_at")) {
            s.setString(1, r.id().toString());
            s.setString(2, r.caseId().toString());
            s.setString(3, r.type().name());
            s.setString(4, bytes);
            s.setString(5, seal);
            s.setString(6, now.toString());
            s.setString(7, r.amends() == null ? null : r.amends().toString());
            s.setLong(8, version);
            s.setString(9, now.toString());
            s.executeUpdate();
        }
        ActionLog.change(tx, Origin.SERVER, actor, AuditAction.RECORD_SEALED, r.id().toString(),
                existing.map(row -> row.version).orElse(null), bytes);
        return true;
    }

    /** The record inside an open transaction, if it exists. */
    public Optional<StoredRecord> find(Tx tx, UUID id) throws SQLException {
        return row(tx, id).map(this::stored);
    }

    public Optional<StoredRecord> find(UUID id) {
        return database.read(tx -> row(tx, id).map(this::stored));
    }

    /**
     * The exact canonical bytes a sealed record was stored as (what its seal hashes), for embedding
     * in its documents; empty for a draft or an unknown id.
     */
    public Optional<String> sealedBytes(UUID id) {
        return database.read(tx -> row(tx, id).filter(row -> row.sealed).map(row -> row.doc));
    }

    /**
     * The fields in which other bytes of a record (e.g. the copy embedded in a PDF) differ from the
     * sealed bytes stored here, named as the record screen names them; one problem when the other
     * bytes are not a record at all.
     */
    public List<SealCheck.Problem> differencesFromSealed(UUID id, String other) {
        return database.read(tx -> {
            Row row = row(tx, id).orElseThrow(() -> new LocalizedException("record.error.notFound", id));
            JsonNode theirs;
            try {
                theirs = json.read(other);
            } catch (LocalizedException unreadable) {
                return List.of(new SealCheck.Problem("record.verify.unreadable", row.seal, Hashes.sha256(other)));
            }
            return ChangedFields.of(JsonDiff.paths(json.read(row.doc), theirs)).stream()
                    .map(field -> new SealCheck.Problem("record.verify.changed", field)).toList();
        });
    }

    /** The records of a case, oldest first. */
    public List<StoredRecord> byCase(UUID caseId) {
        return database.read(tx -> {
            List<StoredRecord> out = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT id, state, doc, seal_sha256, sealed_at, version FROM records WHERE case_id = ? ORDER BY seq")) {
                s.setString(1, caseId.toString());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(stored(row(r)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Recomputes the seal of a sealed record and checks its attachments and signatures. When the
     * stored bytes changed and the bytes sent at sealing are still in the outbox, names the fields
     * that differ.
     */
    public SealCheck verify(UUID id) {
        return database.read(tx -> {
            Row row = row(tx, id).orElseThrow(() -> new LocalizedException("record.error.notFound", id));
            if (!row.sealed) {
                throw new LocalizedException("record.verify.error.draft", id);
            }
            List<SealCheck.Problem> problems = new ArrayList<>();
            String actual = Hashes.sha256(row.doc);
            if (!actual.equals(row.seal)) {
                problems.addAll(describeChange(tx, id, row));
                return new SealCheck(problems);
            }
            SiteRecord r = codec.read(row.doc);
            for (AttachmentRef a : r.attachments()) {
                if (!intact(a)) {
                    problems.add(new SealCheck.Problem("record.verify.attachment",
                            a.fileName() == null ? a.sha256() : a.fileName(), a.sha256()));
                }
            }
            if (r.sketchSha256() != null) {
                // the seal covers the sketch's hash: the stored sketch must still hash to it
                String now = sketchSha256(tx, r.caseId());
                if (!r.sketchSha256().equals(now)) {
                    problems.add(new SealCheck.Problem("record.verify.sketch", r.sketchSha256(), now == null ? "-" : now));
                }
            }
            String content = Hashes.sha256(codec.storedContent(row.doc));
            for (Signature s : r.signatures()) {
                if (s.imageSha256() != null && !blobs.intact(s.imageSha256())) {
                    problems.add(new SealCheck.Problem("record.verify.signatureImage",
                            r.participant(s.participantId()).map(p -> p.displayName()).orElse("?")));
                }
                if (!s.contentSha256().equals(content)) {
                    problems.add(new SealCheck.Problem("record.verify.signature",
                            r.participant(s.participantId()).map(p -> p.displayName()).orElse("?")));
                }
            }
            return new SealCheck(problems);
        });
    }

    private List<SealCheck.Problem> describeChange(Tx tx, UUID id, Row row) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT payload FROM outbox WHERE entity = 'record' AND entity_id = ? AND op = 'seal'")) {
            s.setString(1, id.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String sent = r.getString(1);
                    if (Hashes.sha256(sent).equals(row.seal)) {
                        JsonNode now;
                        try {
                            now = json.read(row.doc);
                        } catch (LocalizedException unreadable) {
                            return List.of(new SealCheck.Problem("record.verify.unreadable", row.seal, Hashes.sha256(row.doc)));
                        }
                        // One problem per field, named as the record screen names it (never a JSON path).
                        return ChangedFields.of(JsonDiff.paths(json.read(sent), now)).stream()
                                .map(field -> new SealCheck.Problem("record.verify.changed", field)).toList();
                    }
                }
            }
        }
        return List.of(new SealCheck.Problem("record.verify.bytes", row.seal, Hashes.sha256(row.doc)));
    }

    /** The SHA-256 of the case's sketch bytes as stored now, or null without a sketch. */
    private static String sketchSha256(Tx tx, UUID caseId) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT doc FROM sketches WHERE case_id = ?")) {
            s.setString(1, caseId.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Hashes.sha256(r.getString(1)) : null;
            }
        }
    }

    private boolean present(AttachmentRef a) {
        if (a.byReference()) {
            return a.location() != null && Files.isRegularFile(Path.of(a.location()));
        }
        return blobs.exists(a.sha256());
    }

    private boolean intact(AttachmentRef a) {
        if (a.byReference()) {
            return present(a) && BlobStore.hash(Path.of(a.location())).sha256().equals(a.sha256());
        }
        return blobs.intact(a.sha256());
    }

    private static void registerAttachment(Tx tx, AttachmentRef a) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "INSERT INTO attachments (sha256, size, media_type, by_reference, location, stored_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING")) {
            s.setString(1, a.sha256());
            s.setLong(2, a.size());
            s.setString(3, a.mediaType());
            s.setInt(4, a.byReference() ? 1 : 0);
            s.setString(5, a.location());
            s.setString(6, tx.now().toString());
            s.executeUpdate();
        }
    }

    private StoredRecord stored(Row row) {
        return new StoredRecord(codec.read(row.doc), row.sealed, row.seal,
                row.sealedAt == null ? null : Instant.parse(row.sealedAt), row.version);
    }

    private static Optional<Row> row(Tx tx, UUID id) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT id, state, doc, seal_sha256, sealed_at, version FROM records WHERE id = ?")) {
            s.setString(1, id.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        }
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row("sealed".equals(r.getString(2)), r.getString(3), r.getString(4), r.getString(5), r.getLong(6));
    }

    private record Row(boolean sealed, String doc, String seal, String sealedAt, long version) {
    }
}
