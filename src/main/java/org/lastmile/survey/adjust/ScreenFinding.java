package org.lastmile.survey.adjust;

import java.util.List;
import org.lastmile.survey.observation.ObservationType;

/**
 * A tape or a grid bearing that disagrees with its ends' GNSS positions before any adjustment
 * (the screen of issue 13): the value as written, the value the positions imply, and how many
 * standard deviations of their difference apart they lie (σ combined from the measurement and both
 * positions along the line, or across it for a bearing).
 *
 * @param index the observation's position in the input
 * @param type tape or bearing
 * @param written the value as written: metres on the ground for a tape, radians for a bearing
 * @param expected the value the GNSS positions imply, in the same units
 * @param sigma the standard deviation of written − expected, same units
 * @param z (written − expected) / sigma
 * @param suggestions writing slips whose value agrees with the positions within 3 σ, closest first
 *     (their {@code w} is that value's z)
 */
public record ScreenFinding(int index, ObservationType type, double written, double expected, double sigma, double z,
        List<SlipSuggestion> suggestions) {

    public ScreenFinding {
        suggestions = List.copyOf(suggestions);
    }
}
