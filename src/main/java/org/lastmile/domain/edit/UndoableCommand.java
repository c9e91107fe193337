package org.lastmile.domain.edit;

import java.util.Optional;
import org.lastmile.common.MessageKeyed;

/**
 * One edit that can be taken back: a form field changed, a node date recorded, later a sketch
 * vertex moved. {@link #execute()} applies it, {@link #undo()} restores what was there before; both
 * may be called again and again as the user undoes and redoes.
 */
public interface UndoableCommand {

    /** Applies the edit (again, after an undo). */
    void execute();

    /** Restores the state from before the edit. */
    void undo();

    /** What the edit did, for the undo and redo buttons ("Undo: edit party 扎西东珠"). */
    MessageKeyed description();

    /**
     * This command and a later one as a single edit, if they belong together (typing in the same
     * field); empty to keep them apart. The default keeps every command on its own.
     */
    default Optional<UndoableCommand> mergedWith(UndoableCommand next) {
        return Optional.empty();
    }
}
