package org.lastmile.ui.common;

import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Whose laptop this is: the officer of the profile, the actor of every saved edit and changed
 * setting. Kept in memory (read once at start-up, changed in the settings) so that a save never
 * waits for the database on the FX thread.
 */
public final class Profile {

    /** The actor of edits made while no officer profile is chosen. */
    public static final String NO_PROFILE = "local";

    private final ObjectProperty<UUID> officerId = new SimpleObjectProperty<>(this, "officerId");

    public Profile(UUID officerId) {
        this.officerId.set(officerId);
    }

    public ObjectProperty<UUID> officerIdProperty() {
        return officerId;
    }

    /** The actor recorded in the audit log. */
    public String actor() {
        UUID id = officerId.get();
        return id == null ? NO_PROFILE : id.toString();
    }
}
