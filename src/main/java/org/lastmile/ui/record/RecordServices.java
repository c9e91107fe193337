package org.lastmile.ui.record;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.store.attachments.AttachmentImporter;
import org.lastmile.store.audit.AuditLog;
import org.lastmile.store.cases.CaseRepository;
import org.lastmile.store.cases.OfficerRepository;
import org.lastmile.store.records.RecordRepository;
import org.lastmile.ui.common.Background;

/**
 * What the record screens need from the app, made once by the composition root.
 *
 * @param records the records store
 * @param cases the cases (the court and number for the identity sentence, the parties to add)
 * @param officers the court's officers (to add as present)
 * @param audit who sealed a record
 * @param importer brings photos and body-camera files in
 * @param checker the rule table's checks
 * @param background long work on the store thread
 * @param saves the store thread, on which autosaves are timed and run
 * @param autosaveDelay how long an edit waits for the next before it is saved
 * @param clock the time of transcript entries, session ends and new records
 * @param updates tells the case screens that a record changed
 * @param actor who edits (the profile officer)
 */
public record RecordServices(RecordRepository records, CaseRepository cases, OfficerRepository officers,
        AuditLog audit, AttachmentImporter importer, RecordChecker checker, Background background, ScheduledExecutorService saves,
        Duration autosaveDelay, Clock clock, RecordUpdates updates, Supplier<String> actor) {

    public RecordServices {
        Objects.requireNonNull(records);
        Objects.requireNonNull(cases);
        Objects.requireNonNull(officers);
        Objects.requireNonNull(audit);
        Objects.requireNonNull(importer);
        Objects.requireNonNull(checker);
        Objects.requireNonNull(background);
        Objects.requireNonNull(saves);
        Objects.requireNonNull(autosaveDelay);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(updates);
        Objects.requireNonNull(actor);
    }

    /** A new editor of one record. */
    RecordEditor editor() {
        return new RecordEditor(records, background, saves, autosaveDelay, actor, updates);
    }
}
