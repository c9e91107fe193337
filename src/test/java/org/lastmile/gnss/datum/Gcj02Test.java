package org.lastmile.gnss.datum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.GeoPoint;

class Gcj02Test {

    /**
     * Published pairs (WGS84 → GCJ-02) from the test suite of googollee/eviltransform,
     * go/transform_test.go and python/test.py (Shanghai, Shenzhen, Beijing), given there as
     * lat, lng; that suite checks them to 6 decimals.
     */
    private static final double[][] EVILTRANSFORM = {
        {31.1774276, 121.5272106, 31.17530398364597, 121.531541859215},
        {22.543847, 113.912316, 22.540796131694766, 113.9171764808363},
        {39.911954, 116.377817, 39.91334545536069, 116.38404722455657},
    };

    @Test
    void forwardMatchesPublishedValues() {
        for (double[] t : EVILTRANSFORM) {
            GeoPoint gcj = Gcj02.fromWgs84(t[1], t[0]);
            assertThat(gcj.lat()).isCloseTo(t[2], within(1e-9));
            assertThat(gcj.lon()).isCloseTo(t[3], within(1e-9));
        }
    }

    @Test
    void inverseOfPublishedValuesIsWithinAMillimetre() {
        for (double[] t : EVILTRANSFORM) {
            GeoPoint wgs = Gcj02.toWgs84(t[3], t[2]);
            assertThat(DatumShiftCheck.metres(wgs, new GeoPoint(t[1], t[0]))).isLessThan(0.001);
        }
    }

    /**
     * hujiulong/gcoord, test/unit/crs/GCJ02.spec.js and WGS84.spec.ts, to 5 decimals: GCJ-02
     * (123, 45) → WGS84 (122.99395597, 44.99804071); WGS84 (123, 45) → GCJ-02 (123.00607541,
     * 45.00197815).
     */
    @Test
    void matchesGcoordBothWays() {
        GeoPoint gcj = Gcj02.fromWgs84(123, 45);
        assertThat(gcj.lon()).isCloseTo(123.00607541, within(5e-6));
        assertThat(gcj.lat()).isCloseTo(45.00197815, within(5e-6));
        GeoPoint wgs = Gcj02.toWgs84(123, 45);
        assertThat(wgs.lon()).isCloseTo(122.99395597, within(5e-6));
        assertThat(wgs.lat()).isCloseTo(44.99804071, within(5e-6));
    }

    @Test
    void shiftInQinghaiIsSeveralHundredMetres() {
        GeoPoint wgs = new GeoPoint(100.1, 37.3);
        GeoPoint gcj = Gcj02.fromWgs84(wgs.lon(), wgs.lat());
        assertThat(DatumShiftCheck.metres(wgs, gcj)).isBetween(100.0, 700.0);
    }

    @Test
    void outsideChinaIsTheIdentity() {
        assertThat(Gcj02.fromWgs84(2.35, 48.85)).isEqualTo(new GeoPoint(2.35, 48.85));
        assertThat(Gcj02.toWgs84(183, 45)).isEqualTo(new GeoPoint(183, 45));
        assertThat(Gcj02.fromWgs84(ChinaBox.MIN_LON - 1e-6, 37)).isEqualTo(new GeoPoint(ChinaBox.MIN_LON - 1e-6, 37));
    }

    @Property(tries = 2000)
    void inverseUndoesForwardToATenthOfAMillimetre(
            @ForAll @DoubleRange(min = 73.5, max = 135) double lon,
            @ForAll @DoubleRange(min = 3.9, max = 53.5) double lat) {
        GeoPoint gcj = Gcj02.fromWgs84(lon, lat);
        GeoPoint back = Gcj02.toWgs84(gcj.lon(), gcj.lat());
        assertThat(back.lon()).isCloseTo(lon, within(1e-9));
        assertThat(back.lat()).isCloseTo(lat, within(1e-9));
    }
}
