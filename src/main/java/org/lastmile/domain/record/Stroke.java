package org.lastmile.domain.record;

import java.util.List;

/**
 * One pen-down to pen-up movement.
 *
 * @param points the samples in time order
 */
public record Stroke(List<StrokePoint> points) {

    public Stroke {
        points = List.copyOf(points);
    }
}
