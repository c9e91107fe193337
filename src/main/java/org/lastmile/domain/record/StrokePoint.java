package org.lastmile.domain.record;

/**
 * One sample of a pen or finger on the signature pad.
 *
 * @param x horizontal position in pad units (device-independent pixels from the pad's left)
 * @param y vertical position from the pad's top
 * @param t milliseconds since the signing started
 * @param pressure 0–1 where the device reports it, else 1
 */
public record StrokePoint(double x, double y, long t, double pressure) {
}
