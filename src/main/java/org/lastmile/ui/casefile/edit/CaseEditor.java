package org.lastmile.ui.casefile.edit;


import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
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
import org.lastmile.service.Autosave;
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
 *
 * <p>An edit the disk refused (full, locked, failed) is kept, not dropped: the next edit builds on
 * it ({@link #latest()}), so a party added after a field the disk refused carries that field too,
 * and it is saved again by itself every {@link Autosave#RETRY} until the disk takes it. Before, the
 * refused field showed on screen while the next party or progress edit saved the case without it.
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
    /** The newest edit handed over and not yet committed (or kept after a failure); null when none. */
    private Edit newest;
    /** Saves a kept edit again after {@link Autosave#RETRY}; made on the FX thread when first needed. */
    private PauseTransition retry;

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
        Edit edit = new Edit(edited, description, mergeKey, refused);
        newest = edit;
        save(edit);
    }

    /**
     * What the next edit builds on: the newest edit handed over, when one is still saving or was
     * kept after the disk refused it, else the case as committed.
     */
    public EnforcementCase latest() {
        return newest != null ? newest.edited() : current.get();
    }

    private void save(Edit edit) {
        if (retry != null) {
            retry.stop();
        }
        save(edit.edited(), saved -> {
            if (newest == edit) {
                newest = null;
            }
            EnforcementCase before = current.get();
            current.set(saved);
            if (before != null) {
                history.record(new SnapshotEdit<>(before, saved, this::restore, edit.description(), edit.mergeKey()));
            }
        }, problems -> {
            if (newest == edit) {
                newest = null;
            }
            edit.refused().accept(problems);
        }, failed -> {
            if (newest == edit && Autosave.passes(failed)) {
                retryLater(edit);
            } else if (newest == edit) {
                newest = null;
            }
        });
    }

    private void retryLater(Edit edit) {
        if (retry == null) {
            retry = new PauseTransition(javafx.util.Duration.millis(Autosave.RETRY.toMillis()));
        }
        retry.setOnFinished(e -> {
            if (newest == edit) {
                save(edit);
            }
        });
        retry.playFromStart();
    }

    /** Makes a snapshot the saved state again (undo and redo). */
    private void restore(EnforcementCase snapshot) {
        // the user went back to a committed state: an edit kept after a failure is given up
        newest = null;
        if (retry != null) {
            retry.stop();
        }
        save(snapshot, current::set, problems -> failure.set(problems.get(0)), failed -> { });
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

    private void save(EnforcementCase c, Consumer<EnforcementCase> onSaved, Consumer<List<Problem>> refused,
            Consumer<Throwable> failed) {
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
                failed.accept(error);
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

    /** An edit handed over by a form, with what its undo says and where its refusal goes. */
    private record Edit(EnforcementCase edited, MessageKeyed description, String mergeKey,
            Consumer<List<Problem>> refused) {
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
