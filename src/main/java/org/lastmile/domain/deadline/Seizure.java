package org.lastmile.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.domain.Text;

/**
 * A freezing, sealing or seizure measure.
 *
 * @param id identity
 * @param kind deposit, movable, real property or other right
 * @param description what was seized
 * @param date the day the measure took effect
 * @param releasedOn the day it was lifted, {@code null} while it holds
 */
public record Seizure(UUID id, SeizureKind kind, String description, LocalDate date, LocalDate releasedOn) {

    public Seizure {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(date);
        description = Text.cleanOrNull(description);
    }
}
