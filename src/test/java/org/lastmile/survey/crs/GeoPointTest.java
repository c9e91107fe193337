package org.lastmile.survey.crs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The project's one longitude/latitude type: longitude first, height only when known. */
class GeoPointTest {

    @Test
    void longitudeComesFirst() {
        GeoPoint p = new GeoPoint(100.1, 37.3);

        assertThat(p.lon()).isEqualTo(100.1);
        assertThat(p.lat()).isEqualTo(37.3);
        assertThat(p.isValid()).isTrue();
        // A swapped pair puts 100.1 into the latitude, which no point on Earth has.
        assertThat(new GeoPoint(37.3, 100.1).isValid()).isFalse();
    }

    @Test
    void aPointWithoutHeightSaysSo() {
        GeoPoint p = GeoPoint.of(100.1, 37.3);

        assertThat(p.hasHeight()).isFalse();
        assertThat(p.heightIfAny()).isEmpty();
        assertThat(p).isEqualTo(new GeoPoint(100.1, 37.3, Double.NaN));
    }

    @Test
    void movingKeepsTheHeight() {
        GeoPoint moved = new GeoPoint(100.1, 37.3, 3301.5).movedTo(100.2, 37.4);

        assertThat(moved).isEqualTo(new GeoPoint(100.2, 37.4, 3301.5));
        assertThat(moved.heightIfAny()).hasValue(3301.5);
    }
}
