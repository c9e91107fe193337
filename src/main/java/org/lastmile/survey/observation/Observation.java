package org.lastmile.survey.observation;

import java.util.List;

/**
 * One field measurement that takes part in an adjustment. Coordinates are plane easting and
 * northing in metres (E first); angles are radians clockwise from grid north.
 */
public sealed interface Observation permits PointPosition, TapeDistance, Bearing, BaselineOffset {

    /** The kind of observation. */
    ObservationType type();

    /** The number of scalar observed values (1 for a tape or a bearing, 2 for a position or an offset). */
    int components();

    /** The ids of the points the observation involves, in the order of its definition. */
    List<String> points();

    /** The a priori standard deviation of component {@code i} (metres, or radians for a bearing). */
    double sigma(int i);
}
