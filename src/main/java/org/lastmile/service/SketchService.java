package org.lastmile.service;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchCalculator;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;
import org.lastmile.store.open.Store;
import org.lastmile.store.outbox.Origin;
import org.lastmile.store.records.RecordRepository;
import org.lastmile.store.sketch.SketchRepository;
import org.lastmile.store.sketch.StoredSketch;

/**
 * The site sketch of a case: every edit is saved at once as one action (the sketch row, its outbox
 * operation and audit event), so a power cut loses nothing; a record that holds the sketch
 * carries its SHA-256, and once that record is sealed the sketch is frozen.
 *
 * <p>A screen keeps a {@link SketchHistory} from {@link #history(UUID)} and saves every new current
 * sketch (after an edit, an undo or a redo) with {@link #save(SiteSketch, String)}.
 */
public final class SketchService {

    /** The kinds of record that hold a site sketch: land hand-over, survey, mediation (settlement). */
    public static final Set<RecordType> HOLDERS = EnumSet.of(RecordType.LAND_HANDOVER, RecordType.SURVEY,
            RecordType.SETTLEMENT);

    private final Database database;
    private final SketchRepository sketches;
    private final RecordRepository records;
    private final SketchCalculator calculator = new SketchCalculator();

    public SketchService(Database database, SketchRepository sketches, RecordRepository records) {
        this.database = Objects.requireNonNull(database);
        this.sketches = Objects.requireNonNull(sketches);
        this.records = Objects.requireNonNull(records);
    }

    public static SketchService of(Store store) {
        return new SketchService(store.database(), store.sketches(), store.records());
    }

    public Optional<StoredSketch> find(UUID caseId) {
        return sketches.find(caseId);
    }

    /**
     * The case's sketch to edit, starting from what is stored (or an empty sketch on the plane
     * given when there is none yet).
     */
    public SketchHistory history(UUID caseId, String crs, double heightM) {
        return find(caseId).map(SketchService::historyOf)
                .orElseGet(() -> new SketchHistory(SiteSketch.empty(caseId, crs, heightM)));
    }

    /** The case's stored sketch to edit; empty when the case has none. */
    public Optional<SketchHistory> history(UUID caseId) {
        return find(caseId).map(SketchService::historyOf);
    }

    /** A frozen sketch's history refuses every edit (the seal covers the sketch as it is). */
    private static SketchHistory historyOf(StoredSketch stored) {
        return new SketchHistory(stored.sketch(), stored.frozen());
    }

    /**
     * Saves the sketch as it is now (one edit, one action).
     *
     * @throws org.lastmile.domain.sketch.SketchException {@code sketch.error.frozen} when a sealed
     *     record holds it
     */
    public StoredSketch save(SiteSketch sketch, String actor) {
        return database.transaction(tx -> sketches.save(tx, sketch, actor, Origin.LOCAL));
    }

    /** Saves inside a transaction the caller holds (a pulled change: audited, not sent back). */
    public StoredSketch save(Tx tx, SiteSketch sketch, String actor, Origin origin) throws SQLException {
        return sketches.save(tx, sketch, actor, origin);
    }

    /** Adjusts, measures, divides and stakes out a snapshot (no storage). */
    public SketchResult calculate(SiteSketch sketch) {
        return calculator.calculate(sketch);
    }

    /** The SHA-256 a record holding this sketch carries. */
    public String sha256(SiteSketch sketch) {
        return sketches.sha256(sketch);
    }

    /**
     * Makes a draft record hold its case's sketch as stored now: the record carries the sketch's
     * SHA-256 (so the parties sign this sketch and its seal covers it).
     *
     * @return the record as saved
     * @throws LocalizedException {@code sketch.error.notHolder} for a kind of record that holds no
     *     sketch, {@code sketch.error.none} when the case has no sketch, {@code record.error.notFound},
     *     {@code record.error.sealed}
     */
    public SiteRecord attach(UUID recordId, String actor) {
        return database.transaction(tx -> {
            StoredRecord stored = records.find(tx, recordId)
                    .orElseThrow(() -> new LocalizedException("record.error.notFound", recordId));
            SiteRecord r = stored.record();
            if (!HOLDERS.contains(r.type())) {
                throw new LocalizedException("sketch.error.notHolder");
            }
            StoredSketch s = sketches.find(tx, r.caseId())
                    .orElseThrow(() -> new LocalizedException("sketch.error.none"));
            SiteRecord holding = r.edit().sketchSha256(s.sha256()).build();
            records.saveDraft(tx, holding, actor, Origin.LOCAL);
            return holding;
        });
    }
}
