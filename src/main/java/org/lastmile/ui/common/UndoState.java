package org.lastmile.ui.common;

import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.edit.UndoHistory;
import org.lastmile.domain.edit.UndoableCommand;

/** An {@link UndoHistory} seen through JavaFX properties, for buttons and shortcuts. */
public final class UndoState {

    private final UndoHistory history;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyObjectWrapper<MessageKeyed> undoDescription = new ReadOnlyObjectWrapper<>(this, "undo");
    private final ReadOnlyObjectWrapper<MessageKeyed> redoDescription = new ReadOnlyObjectWrapper<>(this, "redo");

    private final Predicate<MessageKeyed> undoAsks;
    private final Predicate<MessageKeyed> redoAsks;

    public UndoState(UndoHistory history) {
        this(history, d -> false, d -> false);
    }

    /**
     * @param undoAsks which undo steps (by description) the user confirms first: taking back a
     *     signature must never be one stray key
     * @param redoAsks the same for redo steps
     */
    public UndoState(UndoHistory history, Predicate<MessageKeyed> undoAsks, Predicate<MessageKeyed> redoAsks) {
        this.undoAsks = undoAsks;
        this.redoAsks = redoAsks;
        this.history = history;
        history.addListener(this::update);
        update();
    }

    private void update() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoDescription.set(history.nextUndo().map(UndoableCommand::description).orElse(null));
        redoDescription.set(history.nextRedo().map(UndoableCommand::description).orElse(null));
    }

    public UndoHistory history() {
        return history;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What undo would take back, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    /** What redo would apply again, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** The next undo step, when it is one the user confirms first. */
    public Optional<MessageKeyed> undoToConfirm() {
        return Optional.ofNullable(undoDescription.get()).filter(undoAsks);
    }

    /** The next redo step, when it is one the user confirms first. */
    public Optional<MessageKeyed> redoToConfirm() {
        return Optional.ofNullable(redoDescription.get()).filter(redoAsks);
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }
}
