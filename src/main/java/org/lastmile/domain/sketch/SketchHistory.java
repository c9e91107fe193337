package org.lastmile.domain.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.lastmile.domain.edit.SnapshotEdit;
import org.lastmile.domain.edit.UndoHistory;

/**
 * The current sketch and its unlimited undo and redo: each command becomes a
 * {@link SnapshotEdit} from the sketch before to the sketch after on the shared
 * {@link UndoHistory}. Listeners hear every new current sketch (after an edit, an undo or a redo)
 * and store it; a screen redraws from it.
 */
public final class SketchHistory {

    private final UndoHistory history = new UndoHistory(Integer.MAX_VALUE);
    private final List<Consumer<SiteSketch>> listeners = new ArrayList<>();
    private final boolean frozen;
    private SiteSketch current;

    public SketchHistory(SiteSketch start) {
        this(start, false);
    }

    /**
     * @param frozen a sealed record holds this sketch: every edit is refused here, before the screen
     *     could show a change the store will not keep
     */
    public SketchHistory(SiteSketch start, boolean frozen) {
        this.current = Objects.requireNonNull(start);
        this.frozen = frozen;
    }

    /** Whether a sealed record holds the sketch, so that it can no longer change. */
    public boolean frozen() {
        return frozen;
    }

    /** The sketch as it is now. */
    public SiteSketch current() {
        return current;
    }

    /**
     * Applies a command and makes it the next to undo.
     *
     * @return the new sketch
     * @throws SketchException when the command does not fit (nothing changes, nothing recorded);
     *     {@link SketchError#FROZEN} for every command on a frozen sketch
     */
    public SiteSketch execute(SketchCommand command) {
        if (frozen) {
            throw new SketchException(SketchError.FROZEN);
        }
        SiteSketch before = current;
        SiteSketch after = command.apply(before);
        if (after.equals(before)) {
            return current;
        }
        history.execute(new SnapshotEdit<>(before, after, this::set, command.description(), command.mergeKey()));
        return current;
    }

    public boolean undo() {
        return history.undo();
    }

    public boolean redo() {
        return history.redo();
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    /** The stacks, for the undo and redo buttons' descriptions and their listeners. */
    public UndoHistory stacks() {
        return history;
    }

    /** Hears every new current sketch. */
    public void addListener(Consumer<SiteSketch> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<SiteSketch> listener) {
        listeners.remove(listener);
    }

    private void set(SiteSketch s) {
        current = s;
        for (Consumer<SiteSketch> l : List.copyOf(listeners)) {
            l.accept(s);
        }
    }
}
