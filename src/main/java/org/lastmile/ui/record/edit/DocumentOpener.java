package org.lastmile.ui.record.edit;

import java.util.UUID;

/** Opens the printed document of a record (rendered, then previewed and printed in its own window). */
@FunctionalInterface
public interface DocumentOpener {

    void open(UUID recordId);
}
