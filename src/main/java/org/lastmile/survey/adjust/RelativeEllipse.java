package org.lastmile.survey.adjust;

/**
 * The standard error ellipse of the position of {@code to} relative to {@code from}: it does not
 * depend on the datum, so it is what a free (tape-only) network can state.
 *
 * @param from one point
 * @param to the other
 * @param ellipse the ellipse of the coordinate differences (to − from)
 */
public record RelativeEllipse(String from, String to, ErrorEllipse ellipse) {
}
