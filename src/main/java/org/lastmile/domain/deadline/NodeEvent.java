package org.lastmile.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.domain.Text;

/**
 * The date a node was reached.
 *
 * @param id identity
 * @param kind which node
 * @param date the day it happened
 * @param note free text, may be empty
 */
public record NodeEvent(UUID id, NodeKind kind, LocalDate date, String note) {

    public NodeEvent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(date);
        note = Text.cleanOrNull(note);
    }
}
