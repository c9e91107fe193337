package org.lastmile.domain;

import java.util.List;
import org.lastmile.common.LocalizedException;

/** Refuses a save because of one or more {@link Problem}s; nothing was changed. */
public class InvalidInputException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).messageArgs());
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, the first of which is this exception's message. */
    public List<Problem> problems() {
        return problems;
    }
}
