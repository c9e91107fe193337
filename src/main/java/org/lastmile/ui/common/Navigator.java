package org.lastmile.ui.common;

import java.util.UUID;
import java.util.function.Supplier;

/** What a screen may ask of the window: open another screen. */
public interface Navigator {

    /** Shows the screen with this id, making it with {@code factory} when it is not open. */
    void show(String id, Supplier<Screen> factory);

    /** Opens a case in its own screen. */
    void openCase(UUID id);

    /** Opens an empty case to fill in. */
    void newCase();

    /** Opens the settings. */
    void openSettings();

    /** An open screen has a new id (a new case, once saved, is {@code case:<uuid>}). */
    void renamed(String oldId, String newId);
}
