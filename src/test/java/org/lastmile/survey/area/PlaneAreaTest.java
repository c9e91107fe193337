package org.lastmile.survey.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.PlanePoint;

class PlaneAreaTest {

    @Test
    void shoelaceOfTheTextbookPentagonIs30() {
        // survey.md: (3,4),(5,11),(12,8),(9,5),(5,6) -> 30
        List<PlanePoint> ring = List.of(new PlanePoint(3, 4), new PlanePoint(5, 11), new PlanePoint(12, 8),
                new PlanePoint(9, 5), new PlanePoint(5, 6));
        assertThat(PlaneArea.of(ring).m2()).isEqualTo(30.0);
        assertThat(PlaneArea.of(ring).surface()).isEqualTo(Surface.PLANE);
        assertThat(PlaneArea.signed(ring)).isEqualTo(-30.0); // clockwise
        assertThat(PlaneArea.signed(reversed(ring))).isEqualTo(30.0);
    }

    @Test
    void largeGaussKrugerCoordinatesLoseNothing() {
        // the same pentagon moved to 33 633 500 E / 4 097 500 N (zone-prefixed easting)
        double e0 = 33_633_500;
        double n0 = 4_097_500;
        List<PlanePoint> ring = List.of(new PlanePoint(e0 + 3, n0 + 4), new PlanePoint(e0 + 5, n0 + 11),
                new PlanePoint(e0 + 12, n0 + 8), new PlanePoint(e0 + 9, n0 + 5), new PlanePoint(e0 + 5, n0 + 6),
                new PlanePoint(e0 + 3, n0 + 4));
        assertThat(PlaneArea.of(ring).m2()).isEqualTo(30.0);
    }

    @Test
    void unitsMuAndHectares() {
        // survey.md: 1 mu = 10000/15 m²; 1 ha = 15 mu; the L-shaped field is 7300 m² = 10.95 mu
        Area field = new Area(7300, Surface.PLANE);
        assertThat(field.mu()).isCloseTo(10.95, within(1e-12));
        assertThat(field.hectares()).isCloseTo(0.73, within(1e-12));
        assertThat(Area.ofMu(15, Surface.PLANE).hectares()).isCloseTo(1.0, within(1e-12));
        assertThat(Area.ofMu(6.6, Surface.PLANE).m2()).isCloseTo(4400.0, within(1e-9));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
