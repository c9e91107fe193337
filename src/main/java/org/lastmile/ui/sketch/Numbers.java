package org.lastmile.ui.sketch;

import java.util.Optional;

/** Lengths as typed: "85.37", "85,37", " 85.37 m". */
final class Numbers {

    private Numbers() {
    }

    static Optional<Double> metres(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace(',', '.').replaceFirst("(?i)\\s*(m|米|སྨི)$", "");
        if (t.isEmpty() || !t.matches("[+-]?\\d+(\\.\\d*)?|[+-]?\\.\\d+")) {
            return Optional.empty();
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
    }
}
