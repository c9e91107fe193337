package org.lastmile.domain.sketch;

import java.util.Objects;
import java.util.Optional;
import org.lastmile.survey.crs.PlanePoint;

/**
 * A boundary marker (界桩): where it should go (the design, e.g. the end of a cut line) and, once
 * set, where it was measured to be.
 *
 * @param id identity
 * @param name its number on the sketch (J6, J7, …)
 * @param type concrete post, stone, …
 * @param material the material as written (may be empty)
 * @param design the computed position, plane metres
 * @param placed the position measured after setting it, or {@code null} while not placed
 */
public record Marker(String id, String name, MarkerType type, String material, PlanePoint design, PlanePoint placed) {

    public Marker {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(design);
        material = material == null ? "" : material.strip();
        if (name.isBlank()) {
            throw new SketchException(SketchError.BLANK_NAME);
        }
    }

    /** Where it was set, if it was. */
    public Optional<PlanePoint> placedPosition() {
        return Optional.ofNullable(placed);
    }

    /** The horizontal distance from the design to the placed position, metres (empty until placed). */
    public Optional<Double> differenceM() {
        return placedPosition().map(design::distanceTo);
    }

    public Marker placedAt(PlanePoint p) {
        return new Marker(id, name, type, material, design, p);
    }
}
