package org.lastmile.gnss.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The order of a fix's coordinates: longitude first, as everywhere in the project. */
class GnssFixTest {

    // Near Xining: 100.1°E 37.3°N, two numbers that cannot be mistaken for each other.
    private static final double LON = 100.1;
    private static final double LAT = 37.3;

    @Test
    void builderTakesLongitudeFirst() {
        GnssFix fix = GnssFix.builder().position(LON, LAT).quality(FixQuality.GPS).build();

        assertThat(fix.longitude()).isEqualTo(100.1);
        assertThat(fix.latitude()).isEqualTo(37.3);
        assertThat(fix.hasPosition()).isTrue();
    }

    @Test
    void toBuilderKeepsLongitudeAndLatitudeInPlace() {
        GnssFix fix = GnssFix.builder().position(LON, LAT).quality(FixQuality.GPS).altitude(3300).build();

        GnssFix copy = fix.toBuilder().build();

        assertThat(copy).isEqualTo(fix);
        assertThat(copy.longitude()).isEqualTo(100.1);
        assertThat(copy.latitude()).isEqualTo(37.3);
    }
}
