/**
 * Weighted least-squares adjustment of a survey network (the model of GNU Gama's gama-local, see
 * survey.md): Gauss–Newton over E, N of every corner and a compass orientation, a free network in
 * its minimum-norm datum when nothing is positioned, the χ² global test, redundancy numbers,
 * Baarda's data snooping with iterative removal, estimated blunders and minimal detectable
 * blunders, writing-slip suggestions, absolute and relative error ellipses.
 *
 * <p>The normal matrix is ordered by reverse Cuthill–McKee and factored in its envelope; only the
 * entries of Q_xx inside the envelope are computed (Takahashi), which is all the statistics need.
 * Entry point: {@link org.lastmile.survey.adjust.Adjustment}.
 */
package org.lastmile.survey.adjust;
