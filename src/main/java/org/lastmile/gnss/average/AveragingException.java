package org.lastmile.gnss.average;

import java.util.Optional;
import org.lastmile.common.LocalizedException;

/** A refused capture: its {@link AveragingProblem}, and the estimate when there was one. */
public final class AveragingException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    private final AveragingProblem problem;
    private final transient AveragedPosition estimate;

    public AveragingException(AveragingProblem problem, AveragedPosition estimate, Object... messageArgs) {
        super(problem.messageKey(), messageArgs);
        this.problem = problem;
        this.estimate = estimate;
    }

    public AveragingProblem problem() {
        return problem;
    }

    /** The estimate that was refused (for {@link AveragingProblem#ACCURACY_TOO_LOW}, {@code TOO_FEW_FIXES}). */
    public Optional<AveragedPosition> estimate() {
        return Optional.ofNullable(estimate);
    }
}
