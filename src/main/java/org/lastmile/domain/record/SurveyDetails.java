package org.lastmile.domain.record;

import org.lastmile.domain.Text;

/**
 * The survey fields of a 勘验笔录: who surveyed, how it went, what was found.
 *
 * @param surveyor the surveyor(s)
 * @param process the process
 * @param result the result
 */
public record SurveyDetails(String surveyor, String process, String result) {

    public static final SurveyDetails EMPTY = new SurveyDetails(null, null, null);

    public SurveyDetails {
        surveyor = Text.cleanOrNull(surveyor);
        process = Text.cleanOrNull(process);
        result = Text.cleanOrNull(result);
    }
}
