package org.lastmile.domain.deadline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every deadline of a case on a given day, in due-date order.
 *
 * @param deadlines the deadlines, earliest due first
 * @param urgency the case's urgency
 */
public record CaseDeadlines(List<Deadline> deadlines, Urgency urgency) {

    public CaseDeadlines {
        deadlines = deadlines.stream().sorted(Comparator.comparing(Deadline::due)).toList();
    }

    /** The open deadline that falls first (overdue ones included), if any. */
    public Optional<Deadline> next() {
        return deadlines.stream().filter(d -> d.state().isOpen() && d.state() != DeadlineState.PAUSED).findFirst();
    }

    public List<Deadline> overdue() {
        return deadlines.stream().filter(d -> d.state() == DeadlineState.OVERDUE).toList();
    }

    public Optional<Deadline> of(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind).findFirst();
    }
}
