package org.lastmile.ui.common;

import java.util.Optional;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/**
 * A screen of the main window (the case list, a case, the settings; later an on-site record or a
 * sketch). The window shows each open screen in a tab titled {@link #title()}, routes Ctrl+Z and
 * Ctrl+Shift+Z to the active screen's {@link #undo()}, and calls {@link #close()} when the tab
 * closes or the app exits. To add a screen: implement this (a View and a ViewModel behind it) and
 * open it with {@code ScreenHost.show(id, factory)}; see {@code docs/ui.md}.
 */
public interface Screen {

    /** Identifies the screen, so that opening it again shows the open one (e.g. {@code case:<uuid>}). */
    String id();

    /** The tab title, in the current language. */
    ObservableStringValue title();

    /** The screen's root node, made once. */
    Node view();

    /** The undo history of what this screen edits, if it edits anything. */
    default Optional<UndoState> undo() {
        return Optional.empty();
    }

    /** Whether the user may close it (the case list stays). */
    default boolean closable() {
        return true;
    }

    /** Puts the keyboard focus where work starts when the screen is shown. */
    default void focus() {
    }

    /**
     * Takes the parts of the screen scrolled out of its view out of the scene for the frame of a
     * language switch ({@link PartsOutOfView}); the window puts them back once that frame is laid
     * out. Nothing by default.
     */
    default PartsOutOfView.Held holdPartsOutOfView() {
        return PartsOutOfView.Held.NOTHING;
    }

    /** Saves what is pending and lets go of listeners; the screen is not shown again. */
    default void close() {
    }
}
