package org.lastmile.ui.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.lastmile.common.Key;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.Problem;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.domain.deadline.CaseDeadlines;
import org.lastmile.domain.deadline.CaseProgress;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.domain.deadline.Extension;
import org.lastmile.domain.deadline.NodeEvent;
import org.lastmile.domain.deadline.NodeKind;
import org.lastmile.domain.deadline.Pause;
import org.lastmile.domain.deadline.PauseReason;
import org.lastmile.domain.deadline.Seizure;
import org.lastmile.domain.deadline.SeizureKind;
import org.lastmile.ui.casefile.edit.CaseEditor;
import org.lastmile.ui.casefile.edit.CaseForm;
import org.lastmile.ui.common.form.Form;
import org.lastmile.ui.casefile.edit.PartyForm;
import org.lastmile.ui.common.MessageKey;

/**
 * One case on screen: the case as last saved, its deadlines on today's date, its practice
 * warnings, whether ID numbers are revealed, the form being edited, and the actions of the
 * timeline (a node reached, a pause, an extension, a seizure), each saved as an undoable edit.
 */
public final class CaseFileViewModel {

    private final CaseEditor editor;
    private final DeadlineEngine engine;
    private final Supplier<LocalDate> today;
    private final CourtTable courts;
    private final ReadOnlyObjectWrapper<CaseDeadlines> deadlines = new ReadOnlyObjectWrapper<>(this, "deadlines");
    private final ReadOnlyObjectWrapper<List<Problem>> warnings = new ReadOnlyObjectWrapper<>(this, "warnings",
            List.of());
    private final ReadOnlyObjectWrapper<Form> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final BooleanProperty revealIds = new SimpleBooleanProperty(this, "revealIds", false);
    private CaseForm caseForm;

    /** @param isNew whether the case is yet to be written (its form opens at once) */
    public CaseFileViewModel(CaseEditor editor, DeadlineEngine engine, Supplier<LocalDate> today, CourtTable courts,
            boolean isNew) {
        this.editor = editor;
        this.engine = engine;
        this.today = today;
        this.courts = courts;
        editor.currentProperty().addListener((obs, old, now) -> evaluate(now));
        evaluate(editor.current());
        if (isNew) {
            editCase();
        }
    }

    private void evaluate(EnforcementCase c) {
        deadlines.set(c == null ? null : engine.evaluate(c, today.get()));
        warnings.set(c == null ? List.of() : c.warnings());
    }

    /**
     * Whether the office took the case away from this officer: the screen says so and offers no
     * editing (the store refuses new work on it as well).
     */
    public ReadOnlyBooleanProperty handedOverProperty() {
        return editor.handedOverProperty();
    }

    /** Opens the form of the case's own fields; nothing while the case is handed over (read-only). */
    public void editCase() {
        if (editor.handedOverProperty().get()) {
            return;
        }
        if (caseForm == null) {
            caseForm = new CaseForm(editor, courts, today);
        }
        editing.set(caseForm);
    }

    /** Opens the form of an existing party. */
    public void editParty(UUID partyId) {
        if (editor.handedOverProperty().get()) {
            return;
        }
        editing.set(new PartyForm(editor, partyId));
    }

    /** Opens an empty party form; the party joins the case with its first valid edit. */
    public void addParty() {
        if (editor.current() != null && !editor.handedOverProperty().get()) {
            editing.set(new PartyForm(editor, null));
        }
    }

    public void doneEditing() {
        editing.set(null);
    }

    /** Records the day a node was reached. */
    public Optional<MessageKeyed> recordNode(NodeKind kind, LocalDate date, String note) {
        return checkDate(date).or(() -> change(p -> {
            List<NodeEvent> events = new ArrayList<>(p.events());
            events.add(new NodeEvent(UUID.randomUUID(), kind, date, note));
            return new CaseProgress(events, p.pauses(), p.extensions(), p.seizures());
        }, new MessageKey("edit.node", new Key(kind.messageKey()))));
    }

    /** Stops the case time limit from {@code from} on. */
    public Optional<MessageKeyed> startPause(PauseReason reason, LocalDate from) {
        return checkDate(from).or(() -> change(p -> {
            List<Pause> pauses = new ArrayList<>(p.pauses());
            pauses.add(new Pause(UUID.randomUUID(), reason, from, null));
            return new CaseProgress(p.events(), pauses, p.extensions(), p.seizures());
        }, new MessageKey("edit.pause", new Key(reason.messageKey()))));
    }

    /** Ends an open pause on {@code to}. */
    public Optional<MessageKeyed> endPause(UUID pauseId, LocalDate to) {
        Optional<Pause> pause = progress().pauses().stream().filter(x -> x.id().equals(pauseId)).findFirst();
        if (pause.isPresent() && to != null && to.isBefore(pause.get().from())) {
            return Optional.of(new MessageKey("progress.error.endBeforeStart"));
        }
        return checkDate(to).or(() -> change(p -> {
            List<Pause> pauses = new ArrayList<>();
            for (Pause x : p.pauses()) {
                pauses.add(x.id().equals(pauseId) ? new Pause(x.id(), x.reason(), x.from(), to) : x);
            }
            return new CaseProgress(p.events(), pauses, p.extensions(), p.seizures());
        }, new MessageKey("edit.pauseEnd")));
    }

    /** Adds an approved extension of the time limit. */
    public Optional<MessageKeyed> addExtension(LocalDate approvedOn, int months) {
        if (months <= 0) {
            return Optional.of(new MessageKey("progress.error.months"));
        }
        return checkDate(approvedOn).or(() -> change(p -> {
            List<Extension> extensions = new ArrayList<>(p.extensions());
            extensions.add(new Extension(UUID.randomUUID(), approvedOn, months));
            return new CaseProgress(p.events(), p.pauses(), extensions, p.seizures());
        }, new MessageKey("edit.extension", months)));
    }

    /** Records a freezing or seizure; the timeline then watches its expiry. */
    public Optional<MessageKeyed> addSeizure(SeizureKind kind, String description, LocalDate date) {
        return checkDate(date).or(() -> change(p -> {
            List<Seizure> seizures = new ArrayList<>(p.seizures());
            seizures.add(new Seizure(UUID.randomUUID(), kind, description, date, null));
            return new CaseProgress(p.events(), p.pauses(), p.extensions(), seizures);
        }, new MessageKey("edit.seizure", new Key(kind.messageKey()))));
    }

    /** Records that a seizure was lifted. */
    public Optional<MessageKeyed> releaseSeizure(UUID seizureId, LocalDate on) {
        return checkDate(on).or(() -> change(p -> {
            List<Seizure> seizures = new ArrayList<>();
            for (Seizure s : p.seizures()) {
                seizures.add(s.id().equals(seizureId)
                        ? new Seizure(s.id(), s.kind(), s.description(), s.date(), on) : s);
            }
            return new CaseProgress(p.events(), p.pauses(), p.extensions(), seizures);
        }, new MessageKey("edit.seizureRelease")));
    }

    private Optional<MessageKeyed> checkDate(LocalDate date) {
        EnforcementCase c = editor.latest();
        if (c == null) {
            return Optional.of(new MessageKey("progress.error.notSaved"));
        }
        if (date == null) {
            return Optional.of(new MessageKey("form.error.required"));
        }
        if (date.isAfter(today.get())) {
            return Optional.of(new MessageKey("progress.error.future", date));
        }
        if (date.isBefore(c.filingDate())) {
            return Optional.of(new MessageKey("progress.error.beforeFiling"));
        }
        return Optional.empty();
    }

    private Optional<MessageKeyed> change(java.util.function.UnaryOperator<CaseProgress> edit, MessageKeyed what) {
        EnforcementCase c = editor.latest();
        editor.submit(c.withProgress(edit.apply(c.progress())), what, null, problems -> { });
        return Optional.empty();
    }

    private CaseProgress progress() {
        return editor.latest() == null ? CaseProgress.NONE : editor.latest().progress();
    }

    public CaseEditor editor() {
        return editor;
    }

    /** The case as last saved, null for a new case until its first save. */
    public ReadOnlyObjectProperty<EnforcementCase> caseProperty() {
        return editor.currentProperty();
    }

    public ReadOnlyObjectProperty<CaseDeadlines> deadlinesProperty() {
        return deadlines.getReadOnlyProperty();
    }

    /** Practice warnings (a land title without four boundaries): shown, never blocking. */
    public ReadOnlyObjectProperty<List<Problem>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** The form open beside the case, or null. */
    public ReadOnlyObjectProperty<Form> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Whether ID numbers are shown in full (personal data: masked unless asked). */
    public BooleanProperty revealIdsProperty() {
        return revealIds;
    }

    /** An ID number as the screen shows it: masked in the middle unless revealed. */
    public String shownId(String idNumber) {
        if (idNumber == null) {
            return "";
        }
        return revealIds.get() ? idNumber : mask(idNumber);
    }

    /** Keeps the first six and the last four characters (area code and check), hides the rest. */
    public static String mask(String id) {
        if (id.length() <= 10) {
            return "*".repeat(Math.max(0, id.length() - 2)) + id.substring(Math.max(0, id.length() - 2));
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
