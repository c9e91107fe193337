package org.lastmile.domain.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What has happened in a case so far: nodes reached, pauses, extensions and seizures.
 *
 * @param events node dates in the order recorded
 * @param pauses periods that stop the time limit
 * @param extensions approved extensions
 * @param seizures freezing and seizure measures
 */
public record CaseProgress(List<NodeEvent> events, List<Pause> pauses, List<Extension> extensions,
        List<Seizure> seizures) {

    public static final CaseProgress NONE = new CaseProgress(List.of(), List.of(), List.of(), List.of());

    public CaseProgress {
        events = List.copyOf(events);
        pauses = List.copyOf(pauses);
        extensions = List.copyOf(extensions);
        seizures = List.copyOf(seizures);
    }

    /** The first date the node was reached, if it was. */
    public Optional<LocalDate> dateOf(NodeKind kind) {
        return events.stream().filter(e -> e.kind() == kind).map(NodeEvent::date).min(LocalDate::compareTo);
    }
}
