package org.lastmile.ui.common;

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

    public UndoState(UndoHistory history) {
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

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }
}
