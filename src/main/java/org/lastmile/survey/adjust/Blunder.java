package org.lastmile.survey.adjust;

import java.util.List;
import org.lastmile.survey.observation.ObservationType;

/**
 * An observation that data snooping rejected, with the writing slips that would explain it.
 *
 * @param index the observation's position in the input
 * @param type its kind
 * @param component the observed value that failed (0, or 1 for N / offset)
 * @param w its standardized residual when rejected (NaN when set aside as a gross slip)
 * @param estimate the estimated blunder ∇ = −v/r (observed − true), metres or radians, when its |w|
 *     exceeded the critical value; for a gross slip set aside before adjusting, or one that the
 *     first solution bent around (its own |w| small): observed − value from the final coordinates
 * @param mdb its minimal detectable blunder when rejected
 * @param suggestions writing slips that pass when re-adjusted, best first
 */
public record Blunder(int index, ObservationType type, int component, double w, double estimate, double mdb,
        List<SlipSuggestion> suggestions) {

    public Blunder {
        suggestions = List.copyOf(suggestions);
    }
}
