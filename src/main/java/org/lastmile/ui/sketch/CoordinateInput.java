package org.lastmile.ui.sketch;

import java.util.Optional;
import org.lastmile.gnss.io.Angle;

/**
 * A corner's two typed values: easting and northing in metres, or longitude and latitude when
 * they are written as angles (decimal degrees within ±180/±90, or degrees-minutes-seconds with
 * °, ′, ″ or a hemisphere letter, as {@link Angle} reads them).
 */
final class CoordinateInput {

    /** @param x easting or longitude; @param y northing or latitude */
    record Typed(double x, double y, boolean geographic) {
    }

    private CoordinateInput() {
    }

    static Optional<Typed> read(String first, String second) {
        if (first == null || second == null || first.isBlank() || second.isBlank()) {
            return Optional.empty();
        }
        Optional<Double> e = Numbers.metres(first);
        Optional<Double> n = Numbers.metres(second);
        if (e.isPresent() && n.isPresent() && (Math.abs(e.get()) > 180 || Math.abs(n.get()) > 90)) {
            return Optional.of(new Typed(e.get(), n.get(), false)); // plane metres
        }
        Optional<Angle> lon = Angle.parse(first);
        Optional<Angle> lat = Angle.parse(second);
        if (lon.isEmpty() || lat.isEmpty()) {
            return Optional.empty();
        }
        Angle a = lon.get();
        Angle b = lat.get();
        if (a.axis() == 'N' && b.axis() != 'N') { // latitude written first
            Angle t = a;
            a = b;
            b = t;
        }
        if (Math.abs(a.degrees()) > 180 || Math.abs(b.degrees()) > 90) {
            return Optional.empty();
        }
        return Optional.of(new Typed(a.degrees(), b.degrees(), true));
    }
}
