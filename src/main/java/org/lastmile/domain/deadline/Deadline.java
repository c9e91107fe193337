package org.lastmile.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One deadline of a case on a given day.
 *
 * @param kind what is due
 * @param due the last day
 * @param done the day it was met, {@code null} while open
 * @param state done, due soon, overdue, …
 * @param daysRemaining days from today to the due date (negative when overdue)
 * @param subject what it concerns beyond its kind (the seized item), may be {@code null}
 */
public record Deadline(DeadlineKind kind, LocalDate due, LocalDate done, DeadlineState state, long daysRemaining,
        String subject) {

    public Deadline {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(due);
        Objects.requireNonNull(state);
    }
}
