package org.lastmile.domain.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A period that does not count towards the case time limit.
 *
 * @param id identity
 * @param reason why the limit stops
 * @param from first day of the pause
 * @param to the day it ended, {@code null} while it lasts
 */
public record Pause(UUID id, PauseReason reason, LocalDate from, LocalDate to) {

    public Pause {
        Objects.requireNonNull(id);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(from);
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("pause ends before it starts");
        }
    }

    public boolean isOpen() {
        return to == null;
    }

    /** Days paused up to {@code today} (a pause that lasts counts until today). */
    public long days(LocalDate today) {
        LocalDate end = to == null ? today : to;
        return Math.max(0, ChronoUnit.DAYS.between(from, end));
    }
}
