package org.lastmile.ui.record;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.lastmile.service.AttachmentService;
import org.lastmile.service.CaseService;
import org.lastmile.service.FieldImportService;
import org.lastmile.service.RecordService;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.record.edit.RecordEditor;
import org.lastmile.ui.record.edit.RecordUpdates;

/**
 * What the record screens need from the app, made once by the composition root.
 *
 * @param records changes, seals, amends and re-checks records (and holds the rule table's checks)
 * @param cases the cases (the court and number for the identity sentence, the parties to add) and
 *     the court's officers (to add as present)
 * @param attachments brings photos and body-camera files in
 * @param fieldImports reads field files and stores them converted
 * @param background long work on the store thread
 * @param saves the store thread, on which autosaves are timed and run
 * @param autosaveDelay how long an edit waits for the next before it is saved
 * @param clock the time of transcript entries, session ends and new records
 * @param updates tells the case screens that a record changed
 * @param actor who edits (the profile officer)
 */
public record RecordServices(RecordService records, CaseService cases, AttachmentService attachments,
        FieldImportService fieldImports, Background background, ScheduledExecutorService saves,
        Duration autosaveDelay, Clock clock, RecordUpdates updates, Supplier<String> actor) {

    public RecordServices {
        Objects.requireNonNull(records);
        Objects.requireNonNull(cases);
        Objects.requireNonNull(attachments);
        Objects.requireNonNull(fieldImports);
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
