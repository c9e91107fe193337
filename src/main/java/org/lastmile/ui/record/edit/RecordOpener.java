package org.lastmile.ui.record.edit;

import java.util.UUID;

/** Opens a record in its own screen (the window's navigator does it; tests remember the id). */
@FunctionalInterface
public interface RecordOpener {

    void open(UUID recordId);

    /** The screen id of a record. */
    static String screenId(UUID recordId) {
        return "record:" + recordId;
    }
}
