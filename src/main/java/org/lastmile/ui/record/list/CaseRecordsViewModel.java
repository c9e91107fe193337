package org.lastmile.ui.record.list;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.service.RecordService;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.Problems;
import org.lastmile.ui.record.edit.RecordOpener;
import org.lastmile.ui.record.edit.RecordUpdates;

/**
 * The records of one case, for its screen: type, draft or sealed with the seal code, when; a new
 * record of a chosen type is saved as a draft at once and opened. Follows saves and seals made in
 * the record screens.
 */
public final class CaseRecordsViewModel {

    /**
     * One record in the list.
     *
     * @param sealCode the seal's short code, or null for a draft
     * @param amends the record this one corrects, or null
     */
    public record Row(UUID id, RecordType type, boolean sealed, String sealCode, Instant startedAt, UUID amends) {

        static Row of(StoredRecord s) {
            SiteRecord r = s.record();
            return new Row(r.id(), r.type(), s.sealed(), s.sealCode(), r.startedAt(), r.amends());
        }
    }

    private final UUID caseId;
    private final Supplier<EnforcementCase> caseFile;
    private final RecordService records;
    private final Background background;
    private final RecordOpener opener;
    private final Supplier<Instant> now;
    private final Supplier<String> actor;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> shown = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<RecordType> newType = new SimpleObjectProperty<>(this, "newType");
    private final ReadOnlyObjectWrapper<MessageKeyed> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final RecordUpdates updates;
    private final java.util.function.Consumer<StoredRecord> listener = this::changed;

    /** @param caseFile the case as shown (for what a new record starts with), null until loaded */
    public CaseRecordsViewModel(UUID caseId, Supplier<EnforcementCase> caseFile, RecordService records,
            Background background, RecordUpdates updates, RecordOpener opener, Supplier<Instant> now,
            Supplier<String> actor) {
        this.caseId = caseId;
        this.caseFile = caseFile;
        this.records = records;
        this.background = background;
        this.opener = opener;
        this.now = now;
        this.actor = actor;
        this.updates = updates;
        updates.addListener(listener);
    }

    /** Stops following the record screens (the case screen closed). */
    public void close() {
        updates.removeListener(listener);
    }

    /** Reads the case's records in the background. */
    public void load() {
        background.run(() -> records.byCase(caseId), list -> {
            rows.setAll(list.stream().map(Row::of).toList());
            if (newType.get() == null) {
                newType.set(NewRecord.likelyType(caseFile.get()));
            }
        }, error -> message.set(Problems.of(error)));
    }

    /** Starts a record of the chosen type: saved as a draft, then opened. */
    public void create() {
        EnforcementCase c = caseFile.get();
        RecordType type = newType.get();
        if (c == null || type == null) {
            message.set(new MessageKey("record.list.error.noType"));
            return;
        }
        SiteRecord draft = NewRecord.of(c, type, now.get());
        String who = actor.get();
        background.run(() -> records.saveDraft(draft, who), stored -> {
            changed(stored);
            opener.open(draft.id());
        }, error -> message.set(Problems.of(error)));
    }

    public void open(UUID recordId) {
        opener.open(recordId);
    }

    private void changed(StoredRecord s) {
        if (!s.record().caseId().equals(caseId)) {
            return;
        }
        Row row = Row.of(s);
        int at = indexOf(row.id());
        if (at >= 0) {
            rows.set(at, row);
        } else {
            rows.add(row);
        }
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The records, oldest first. */
    public ObservableList<Row> rows() {
        return shown;
    }

    /** The type of the next new record. */
    public ObjectProperty<RecordType> newTypeProperty() {
        return newType;
    }

    public List<RecordType> types() {
        return List.of(RecordType.values());
    }

    /** Why the list could not be read or a record not started, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
