package org.lastmile.survey.adjust;

/**
 * A writing slip that explains a rejected tape: had the tape read {@code value}, the re-adjusted
 * network would pass data snooping with this tape's standardized residual {@code w}.
 *
 * @param kind the kind of slip
 * @param value the distance the tape probably measured, metres, as written (on the ground when
 *     the options give a ground-to-plane factor)
 * @param w the tape's standardized residual in the re-adjustment with that value
 */
public record SlipSuggestion(SlipKind kind, double value, double w) {
}
