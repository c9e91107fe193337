package org.lastmile.service;

import org.lastmile.store.sketch.SketchRepository;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.domain.record.seal.SealCheck;
import org.lastmile.domain.record.seal.SealRefusedException;
import org.lastmile.domain.record.seal.StoredRecord;
import java.sql.SQLException;
import org.lastmile.domain.record.EntryLine;
import org.lastmile.store.Database;
import org.lastmile.store.records.EntryLines;
import org.lastmile.store.Tx;
import org.lastmile.store.outbox.Origin;
import org.lastmile.store.audit.AuditAction;
import org.lastmile.store.audit.AuditLog;
import org.lastmile.store.open.Store;
import org.lastmile.store.records.RecordRepository;

/**
 * On-site records (笔录): changing a draft, sealing (封存) and amending (补正), and re-checking a
 * seal. Each use case is one transaction that applies the rules (a sealed record never changes;
 * an amendment names a sealed record; sealing passes the rule table and finds every attachment)
 * and writes the record, its outbox operation and its audit event together.
 */
public final class RecordService {

    /** The actor of what LastMile's demo data did (the demo record was sealed by it). */
    public static final String DEMO_ACTOR = Store.DEMO_ACTOR;

    private final Database database;
    private final RecordRepository records;
    private final AuditLog audit;
    private final RecordChecker checker;
    private final SketchRepository sketches;
    private final EntryLines entryLines;

    public RecordService(Database database, RecordRepository records, AuditLog audit, RecordChecker checker,
            SketchRepository sketches, EntryLines entryLines) {
        this.database = Objects.requireNonNull(database);
        this.records = Objects.requireNonNull(records);
        this.audit = Objects.requireNonNull(audit);
        this.checker = Objects.requireNonNull(checker);
        this.sketches = Objects.requireNonNull(sketches);
        this.entryLines = Objects.requireNonNull(entryLines);
    }

    /** The records of an opened store, sealed under the given rules. */
    public static RecordService of(Store store, RecordChecker checker) {
        return new RecordService(store.database(), store.records(), store.audit(), checker, store.sketches(),
                store.entryLines());
    }

    /**
     * Keeps the words typed in a record's transcript entry line and not added yet (forgets them
     * when the line is empty): not part of the record, kept so that a killed process loses none.
     */
    public void keepEntryLine(UUID recordId, EntryLine line) {
        entryLines.keep(recordId, line);
    }

    /** The words last kept for a record's entry line, if any. */
    public Optional<EntryLine> entryLine(UUID recordId) {
        return entryLines.find(recordId);
    }

    /** The rule table's checks, which the screens run live and sealing runs again. */
    public RecordChecker checker() {
        return checker;
    }

    /** The SHA-256 of what a signatory sees: the record's content without signatures. */
    public String contentSha256(SiteRecord r) {
        return records.contentSha256(r);
    }

    public Optional<StoredRecord> find(UUID id) {
        return records.find(id);
    }

    /** The records of a case, oldest first. */
    public List<StoredRecord> byCase(UUID caseId) {
        return records.byCase(caseId);
    }

    /**
     * Saves a draft (a new record or a change to one) as one action.
     *
     * @return the record as stored
     * @throws LocalizedException {@code record.error.sealed}, {@code record.error.amendsDraft}
     */
    public StoredRecord saveDraft(SiteRecord r, String actor) {
        long version = database.transaction(tx -> saveDraft(tx, r, actor, Origin.LOCAL));
        return new StoredRecord(r, false, null, null, version);
    }

    /**
     * Saves a draft inside a transaction the caller holds (the sync engine's page of pulled
     * changes, {@link Origin#SERVER}: audited, not sent back), with the same refusals.
     *
     * @return the new version
     */
    public long saveDraft(Tx tx, SiteRecord r, String actor, Origin origin) throws SQLException {
        return records.saveDraft(tx, r, actor, origin);
    }

    /**
     * Seals the record as stored.
     *
     * @throws SealRefusedException with every violation when a block-level rule fails
     * @throws LocalizedException {@code record.error.notFound}, {@code record.error.sealed},
     *     {@code record.seal.error.attachmentMissing}
     */
    public StoredRecord seal(UUID id, String actor) {
        return database.transaction(tx -> {
            Optional<StoredRecord> draft = records.find(tx, id);
            String held = draft.map(d -> d.record().sketchSha256()).orElse(null);
            if (held != null) {
                // the parties signed the sketch whose hash the record carries: it must still be the stored one
                UUID caseId = draft.get().record().caseId();
                if (!sketches.storedBytesSha256(tx, caseId).map(held::equals).orElse(false)) {
                    throw new LocalizedException("record.seal.error.sketchChanged");
                }
            }
            StoredRecord sealed = records.seal(tx, id, actor, checker);
            if (held != null) {
                sketches.freeze(tx, sealed.record().caseId(), id, actor);
            }
            return sealed;
        });
    }

    /**
     * Starts an amendment of a sealed record: a new draft that names it, saved in the same
     * transaction that reads the seal.
     *
     * @param at when the amendment starts
     * @return the amendment as saved
     * @throws LocalizedException {@code record.error.notFound}, {@code record.amend.error.draft}
     */
    public SiteRecord amend(UUID sealedId, Instant at, String actor) {
        return database.transaction(tx -> {
            StoredRecord sealed = records.find(tx, sealedId)
                    .orElseThrow(() -> new LocalizedException("record.error.notFound", sealedId));
            if (!sealed.sealed()) {
                throw new LocalizedException("record.amend.error.draft");
            }
            SiteRecord amendment = sealed.record().amendment(at);
            records.saveDraft(tx, amendment, actor, Origin.LOCAL);
            return amendment;
        });
    }

    /**
     * Re-checks a sealed record's bytes, attachments and signatures and reads who sealed it.
     *
     * @throws LocalizedException {@code record.error.notFound}, {@code record.verify.error.draft}
     */
    public Verified verify(UUID id) {
        return new Verified(records.verify(id), audit.lastActor(AuditAction.RECORD_SEALED, id.toString()));
    }

    /**
     * A seal checked again.
     *
     * @param check what does not hold (nothing when intact)
     * @param sealedBy who sealed it: an officer id or {@link #DEMO_ACTOR}, if the audit log says
     */
    public record Verified(SealCheck check, Optional<String> sealedBy) {
    }
}
