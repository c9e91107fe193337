package org.lastmile.domain.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The undo and redo stacks of one editing context (a case on screen, later a sketch). Plain Java:
 * a screen observes it through {@link #addListener(Runnable)} and calls {@link #undo()} and
 * {@link #redo()}; what an edit does is up to its {@link UndoableCommand}.
 */
public final class UndoHistory {

    /** How many edits are kept by default. */
    public static final int DEFAULT_LIMIT = 200;

    private final int limit;
    private final Deque<UndoableCommand> undo = new ArrayDeque<>();
    private final Deque<UndoableCommand> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    /** Whether the next edit may merge with the top one: not right after an undo or redo. */
    private boolean mergeable;

    public UndoHistory() {
        this(DEFAULT_LIMIT);
    }

    public UndoHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    /** Applies a command and makes it the next to undo; forgets what could be redone. */
    public void execute(UndoableCommand command) {
        command.execute();
        record(command);
    }

    /**
     * Records a command whose effect has already happened (the user typed into a field and the
     * value was saved), merging it with the previous one when they belong together.
     */
    public void record(UndoableCommand command) {
        Objects.requireNonNull(command);
        redo.clear();
        UndoableCommand top = undo.peek();
        Optional<UndoableCommand> merged = top == null || !mergeable ? Optional.empty() : top.mergedWith(command);
        mergeable = true;
        if (merged.isPresent()) {
            undo.pop();
            undo.push(merged.get());
        } else {
            undo.push(command);
            if (undo.size() > limit) {
                undo.removeLast();
            }
        }
        changed();
    }

    /** Takes back the latest edit; false when there is none. */
    public boolean undo() {
        UndoableCommand command = undo.poll();
        if (command == null) {
            return false;
        }
        command.undo();
        redo.push(command);
        mergeable = false;
        changed();
        return true;
    }

    /** Applies again the latest undone edit; false when there is none. */
    public boolean redo() {
        UndoableCommand command = redo.poll();
        if (command == null) {
            return false;
        }
        command.execute();
        undo.push(command);
        mergeable = false;
        changed();
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The edit {@link #undo()} would take back. */
    public Optional<UndoableCommand> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The edit {@link #redo()} would apply again. */
    public Optional<UndoableCommand> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** Forgets every edit (the edited thing was replaced from elsewhere). */
    public void clear() {
        undo.clear();
        redo.clear();
        mergeable = false;
        changed();
    }

    /** Called after every change of the stacks. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }
}
