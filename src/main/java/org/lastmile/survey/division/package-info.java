/**
 * Dividing a parcel exactly: cut off a target area with a line parallel to an edge or through a
 * given point, or cut N strips in given proportions; the achieved areas equal the targets within
 * 0.01 m². Operations follow JTS's "Op" shape ({@link org.lastmile.survey.division.ParallelCutOp},
 * {@link org.lastmile.survey.division.PointCutOp}): a static shortcut, a configurable instance, and
 * a {@link org.lastmile.survey.division.Division} result; problems are
 * {@link org.lastmile.survey.division.DivisionError} codes with a location.
 *
 * <p>Coordinates are plane coordinates (easting, northing in metres): areas on a geographic
 * system's degrees mean nothing.
 */
package org.lastmile.survey.division;
