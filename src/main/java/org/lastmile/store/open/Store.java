package org.lastmile.store.open;

import org.lastmile.store.IntegrityCheck;
import org.lastmile.store.Database;
import org.lastmile.store.DataFolder;
import org.lastmile.store.FirstRun;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Officer;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.store.attachments.AttachmentImporter;
import org.lastmile.store.attachments.AttachmentLimits;
import org.lastmile.store.audit.AuditLog;
import org.lastmile.store.audit.ChainAudit;
import org.lastmile.store.audit.HeadFile;
import org.lastmile.store.blobs.BlobStore;
import org.lastmile.store.cases.CaseRepository;
import org.lastmile.store.cases.FillProgress;
import org.lastmile.store.cases.OfficerRepository;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.domain.record.rules.RuleTable;
import org.lastmile.store.demo.DemoData;
import org.lastmile.store.demo.DemoRecord;
import org.lastmile.store.demo.DemoSketch;
import org.lastmile.store.sketch.SketchRepository;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.store.json.CanonicalJson;
import org.lastmile.store.json.CaseCodec;
import org.lastmile.store.json.OfficerCodec;
import org.lastmile.store.outbox.Outbox;
import org.lastmile.store.records.EntryLines;
import org.lastmile.store.records.RecordRepository;
import org.lastmile.store.search.CaseSearch;
import org.lastmile.store.search.SearchText;
import org.lastmile.store.settings.Settings;

/**
 * An officer's data directory opened: the database and everything that reads and writes it. Made
 * once by the composition root (window or command) and passed on.
 */
public final class Store implements AutoCloseable {

    /** The actor of actions done by LastMile itself while seeding. */
    public static final String DEMO_ACTOR = "demo";

    private final Path directory;
    private final Database database;
    private final CourtTable courts;
    private final CanonicalJson json = new CanonicalJson();
    private final CaseRepository cases;
    private final OfficerRepository officers;
    private final CaseSearch search;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Settings settings;
    private final BlobStore blobs;
    private final RecordRepository records;
    private final SketchRepository sketches;
    private final EntryLines entryLines;
    private final ZoneId zone;
    private final Path headFile;

    private Store(Path directory, Database database, CourtTable courts, ZoneId zone, UnaryOperator<String> toWylie) {
        this.directory = directory;
        this.database = database;
        this.courts = courts;
        this.zone = zone;
        this.cases = new CaseRepository(database, new CaseCodec(json, courts), new SearchText(toWylie), zone);
        this.officers = new OfficerRepository(database, new OfficerCodec(json));
        this.search = new CaseSearch(database);
        this.audit = new AuditLog(database);
        this.outbox = new Outbox(database);
        this.settings = new Settings(database);
        this.blobs = new BlobStore(directory.resolve("blobs"));
        this.records = new RecordRepository(database, json, blobs);
        this.sketches = new SketchRepository(database, json);
        this.entryLines = new EntryLines(database);
        this.headFile = new DataFolder(directory).headFile();
        HeadFile head = new HeadFile(database, headFile);
        database.afterCommit(head::refresh);
    }

    /**
     * Opens a data directory, creating and seeding it on first use: with the demo cases unless
     * {@code withDemo} is false.
     *
     * @param toWylie Tibetan script to Wylie, for the search index
     */
    public static Store open(Path directory, Clock clock, ZoneId zone, CourtTable courts,
            UnaryOperator<String> toWylie, boolean withDemo) {
        return open(directory, clock, zone, courts, toWylie, withDemo, IntegrityCheck.ON_OPEN, FillProgress.NONE);
    }

    /**
     * Opens like {@link #open(Path, Clock, ZoneId, CourtTable, UnaryOperator, boolean)}; with
     * {@link IntegrityCheck#DEFERRED} the caller runs {@link #checkIntegrity()} before it writes.
     */
    public static Store open(Path directory, Clock clock, ZoneId zone, CourtTable courts,
            UnaryOperator<String> toWylie, boolean withDemo, IntegrityCheck integrity) {
        return open(directory, clock, zone, courts, toWylie, withDemo, integrity, FillProgress.NONE);
    }

    /**
     * Opens like {@link #open(Path, Clock, ZoneId, CourtTable, UnaryOperator, boolean, IntegrityCheck)};
     * {@code fill} hears the progress of the one-time fill of the case list's table (V7), which on
     * a large file from before V7 takes most of a minute, before the store is returned.
     */
    public static Store open(Path directory, Clock clock, ZoneId zone, CourtTable courts,
            UnaryOperator<String> toWylie, boolean withDemo, IntegrityCheck integrity, FillProgress fill) {
        FirstRun firstRun = new FirstRun(new DataFolder(directory));
        firstRun.refuseOverData(); // before anything is created
        Database database = Database.open(directory, clock, integrity);
        Store store = new Store(directory, database, courts, zone, toWylie);
        try {
            if (store.settings.get(Settings.SEEDED).isEmpty()) {
                firstRun.refuseUnseededOverData();
                store.startHeadFile();
                if (integrity == IntegrityCheck.DEFERRED) {
                    database.checkIntegrity(); // seeding is about to write
                }
                firstRun.seeding(() -> store.seedIfNew(withDemo));
            }
            if (store.cases.list().unfilled()) {
                // A file from before V7: its cases' list rows are made now, once (as a migration).
                if (database.integrityDue()) {
                    database.checkIntegrity(); // an unclean shutdown: check before writing
                }
                store.cases.list().fill(fill);
            }
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return store;
    }

    // Before the first event: from now on a missing head file can only mean it was deleted.
    private void startHeadFile() {
        try {
            HeadFile.start(headFile);
        } catch (java.io.IOException e) {
            throw new org.lastmile.store.StoreException(e, "store.error.directory", directory);
        }
    }

    private void seedIfNew(boolean withDemo) {
        if (settings.get(Settings.SEEDED).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(database.clock().withZone(zone));
        DemoData demo = withDemo ? DemoData.shipped(json, today) : null;
        // One transaction: a kill while seeding leaves nothing half-seeded to seed again.
        database.transaction(tx -> {
            if (withDemo) {
                OfficerCodec officerCodec = new OfficerCodec(json);
                CaseCodec caseCodec = new CaseCodec(json, courts);
                for (var node : demo.officers()) {
                    Officer officer = officerCodec.fromJson(node);
                    officers.save(tx, officer, DEMO_ACTOR);
                }
                for (var node : demo.cases()) {
                    EnforcementCase c = caseCodec.fromJson(node);
                    cases.save(tx, c, DEMO_ACTOR);
                }
                Settings.put(tx, Settings.PROFILE_OFFICER, demo.profileOfficerId(), DEMO_ACTOR);
                seedDemoRecord(demo, today); // its saves join this transaction
            }
            Settings.put(tx, Settings.SEEDED, withDemo ? "demo" : "empty", DEMO_ACTOR);
            return null;
        });
    }

    // The sealed land hand-over of the farmland case: saved and sealed like any record.
    private void seedDemoRecord(DemoData demo, LocalDate today) {
        EnforcementCase farmland = cases.find(demo.farmlandCaseId()).orElseThrow();
        if (records.find(DemoRecord.recordId(farmland)).map(StoredRecord::sealed).orElse(false)) {
            return;
        }
        DemoRecord builder = new DemoRecord(records, blobs, zone);
        // the site sketch the parties confirm: drawn two days ago, held by the record and frozen by its seal
        java.time.Instant drawnAt = today.minusDays(2).atTime(11, 30).atZone(zone).toInstant();
        org.lastmile.domain.sketch.SiteSketch sketch = new DemoSketch().build(farmland.id(), drawnAt);
        String sketchSha = database.transaction(tx -> sketches.save(tx, sketch, DEMO_ACTOR,
                org.lastmile.store.outbox.Origin.LOCAL).sha256());
        SiteRecord draft = builder.draft(farmland, demo.officerIds(), today, sketch, sketchSha);
        records.saveDraft(draft, DEMO_ACTOR);
        records.saveDraft(builder.sign(draft), DEMO_ACTOR);
        records.seal(draft.id(), DEMO_ACTOR, new RecordChecker(RuleTable.defaults(), zone));
        database.transaction(tx -> {
            sketches.freeze(tx, farmland.id(), draft.id(), DEMO_ACTOR);
            return null;
        });
    }

    /**
     * Checks every page of the database file (see {@link IntegrityCheck#DEFERRED}).
     *
     * @throws StoreException {@code store.error.corrupt}
     */
    public void checkIntegrity() {
        database.checkIntegrity();
    }

    public Path directory() {
        return directory;
    }

    public Database database() {
        return database;
    }

    public CourtTable courts() {
        return courts;
    }

    public ZoneId zone() {
        return zone;
    }

    public CaseRepository cases() {
        return cases;
    }

    public OfficerRepository officers() {
        return officers;
    }

    public CaseSearch search() {
        return search;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The audit chain checked against its heads and the current rows ({@code audit verify}). */
    public ChainAudit chainAudit() {
        return new ChainAudit(database, audit, headFile);
    }

    public Outbox outbox() {
        return outbox;
    }

    public Settings settings() {
        return settings;
    }

    public BlobStore blobs() {
        return blobs;
    }

    public RecordRepository records() {
        return records;
    }

    /** The words waiting in the records' transcript entry lines. */
    public EntryLines entryLines() {
        return entryLines;
    }

    /** The site sketches, one per case. */
    public SketchRepository sketches() {
        return sketches;
    }

    /** An importer of attachments with the given limits, in the store's time zone. */
    public AttachmentImporter attachments(AttachmentLimits limits) {
        return new AttachmentImporter(blobs, limits, zone);
    }

    public CanonicalJson json() {
        return json;
    }

    @Override
    public void close() {
        database.close();
    }
}
