package org.lastmile.domain.sketch;

import org.lastmile.common.MessageKeyed;

/**
 * One edit of a sketch (JOSM's Command): a function from the sketch before to the sketch after.
 * Because a {@link SiteSketch} is immutable, undo is a return to the value before, kept by
 * {@link SketchHistory}; a command only says how to go forward. Make them with
 * {@link SketchEdits}.
 */
public interface SketchCommand {

    /**
     * The sketch after the edit.
     *
     * @throws SketchException when the edit does not fit the sketch (nothing changes)
     */
    SiteSketch apply(SiteSketch before);

    /** What the edit does, for the undo and redo buttons. */
    MessageKeyed description();

    /**
     * Consecutive commands with the same non-null key merge into one undo step (typing a tape's
     * length digit by digit); {@code null} never merges.
     */
    default String mergeKey() {
        return null;
    }
}
