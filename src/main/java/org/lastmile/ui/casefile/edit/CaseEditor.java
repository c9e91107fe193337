package org.lastmile.ui.casefile.edit;


import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.InvalidInputException;
import org.lastmile.domain.Problem;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.edit.SnapshotEdit;
import org.lastmile.domain.edit.UndoHistory;
import org.lastmile.service.CaseService;
import org.lastmile.ui.cases.CaseUpdates;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.Problems;
import org.lastmile.ui.common.SaveState;
import org.lastmile.ui.common.UndoState;

/**
 * Autosave with undo for one case. A form hands over each valid edit; it is saved at once in a
 * background task (the case service validates again and writes the case, its outbox operation
 * and its audit event in one transaction); only when that commits does the case on screen change, the
 * state say "saved", and the edit become undoable. Undo and redo save the earlier or later
 * snapshot the same way: every state the user sees was committed.
 */
public final class CaseEditor {

    private final CaseService cases;
    private final Background background;
    private final CaseUpdates updates;
    private final Supplier<String> actor;
    private final UndoHistory history = new UndoHistory();
    private final UndoState undo = new UndoState(history);
    private final ReadOnlyObjectWrapper<EnforcementCase> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(this, "state", SaveState.IDLE);
    private final ReadOnlyObjectWrapper<MessageKeyed> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyBooleanWrapper handedOver = new ReadOnlyBooleanWrapper(this, "handedOver");
    private int running;
    private boolean typedSinceCommit;

    /**
     * @param initial the case as stored, or null for a case not yet saved
     * @param actor who edits (the profile officer's id)
     */
    public CaseEditor(CaseService cases, Background background, CaseUpdates updates, Supplier<String> actor,
            EnforcementCase initial) {
        this.cases = cases;
        this.background = background;
        this.updates = updates;
        this.actor = actor;
        this.current.set(initial);
    }

    /** Reads a stored case in the background and shows it (nothing to undo yet). */
    public void load(java.util.UUID id) {
        background.run(() -> {
            EnforcementCase found = cases.find(id).orElseThrow(() -> new LocalizedException("case.error.notFound", id));
            return new Loaded(found, cases.handedOver(id));
        }, loaded -> {
            handedOver.set(loaded.handedOver());
            current.set(loaded.found());
        }, error -> {
                    state.set(SaveState.FAILED);
                    failure.set(Problems.of(error));
                });
    }

    /**
     * Saves an edited case. On success it becomes {@link #currentProperty()} and an undoable edit;
     * when the store refuses it, {@code refused} receives the problems and nothing changes.
     *
     * @param mergeKey edits with the same key that follow each other undo as one (a field typed in
     *     twice); null never merges
     */
    public void submit(EnforcementCase edited, MessageKeyed description, String mergeKey,
            Consumer<List<Problem>> refused) {
        save(edited, saved -> {
            EnforcementCase before = current.get();
            current.set(saved);
            if (before != null) {
                history.record(new SnapshotEdit<>(before, saved, this::restore, description, mergeKey));
            }
        }, refused);
    }

    /** Makes a snapshot the saved state again (undo and redo). */
    private void restore(EnforcementCase snapshot) {
        save(snapshot, current::set, problems -> failure.set(problems.get(0)));
    }

    /**
     * Something was typed that is not committed yet: the state says "not saved" from the first
     * keystroke, and a save finishing meanwhile does not turn it into "saved".
     */
    public void edited() {
        typedSinceCommit = true;
        state.set(SaveState.UNSAVED);
    }

    /** Marks the form's latest edit as invalid: nothing was saved. */
    public void invalid() {
        typedSinceCommit = false;
        state.set(SaveState.INVALID);
    }

    private void save(EnforcementCase c, Consumer<EnforcementCase> onSaved, Consumer<List<Problem>> refused) {
        String who = actor.get();
        typedSinceCommit = false;
        running++;
        state.set(SaveState.SAVING);
        background.run(() -> cases.save(c, who), header -> {
            running--;
            failure.set(null);
            onSaved.accept(c);
            updates.saved(c, header);
            if (running == 0 && !typedSinceCommit) {
                state.set(SaveState.SAVED);
            }
        }, error -> {
            running--;
            if (error instanceof InvalidInputException invalid) {
                state.set(SaveState.INVALID);
                refused.accept(invalid.problems());
            } else {
                state.set(SaveState.FAILED);
                failure.set(Problems.of(error));
            }
        });
    }

    /** The case as last committed; null for a new case until its first save. */
    /**
     * Whether the office took the case away from this officer (the court said so on pull): the
     * case is read-only here, and the store refuses any new work on it.
     */
    public ReadOnlyBooleanProperty handedOverProperty() {
        return handedOver.getReadOnlyProperty();
    }

    /** A stored case as read, with whether it was handed over. */
    private record Loaded(EnforcementCase found, boolean handedOver) {
    }

    public ReadOnlyObjectProperty<EnforcementCase> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public EnforcementCase current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last save failed (not a field problem), or null. */
    public ReadOnlyObjectProperty<MessageKeyed> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public UndoState undo() {
        return undo;
    }
}
