package org.lastmile.ui.common;

import java.util.Locale;

/** Where the latest edit of a form stands; the screen says "saved" only after the commit. */
public enum SaveState {
    /** Nothing edited since the screen opened. */
    IDLE,
    /** Something was typed that is not committed yet (from the first keystroke to the commit). */
    UNSAVED,
    /** A save is running. */
    SAVING,
    /** The latest edit is committed. */
    SAVED,
    /** The edit has problems (shown next to the fields); nothing was saved. */
    INVALID,
    /** The store refused or failed; nothing was saved. */
    FAILED;

    public String messageKey() {
        return "ui.save." + name().toLowerCase(Locale.ROOT);
    }
}
