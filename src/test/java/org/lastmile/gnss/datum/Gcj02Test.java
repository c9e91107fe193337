package org.lastmile.gnss.datum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.GeoPoint;

class Gcj02Test {

    /** The same points in every run; seeds 1000–1199 (2,000 points each, 400,000 in all) all pass. */
    private static final long SEED = 1000L;

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

    /**
     * The corners J1–J4 of the import samples (src/test/resources/import/README.md), WGS84 → GCJ-02
     * by wandergis/coordtransform 2.1.2 (npm, MIT), {@code wgs84togcj02(lon, lat)} under Node.js 20,
     * printed in full: lon, lat, GCJ-02 lon, GCJ-02 lat. ovital-parcels.kml holds these rounded to
     * 7 decimals.
     */
    private static final double[][] COORDTRANSFORM_QINGHAI = {
        {100.13451, 37.32215, 100.1361448200274, 37.32265613087361},
        {100.13612, 37.32230, 100.1377520107209, 37.3228040033539},
        {100.13598, 37.32102, 100.13761220943773, 37.32152363031573},
        {100.13440, 37.32095, 100.13603496265353, 37.32145574680673},
    };

    @Test
    void forwardMatchesCoordtransformInQinghai() {
        for (double[] t : COORDTRANSFORM_QINGHAI) {
            GeoPoint gcj = Gcj02.fromWgs84(t[0], t[1]);
            assertThat(gcj.lon()).isCloseTo(t[2], within(1e-9));
            assertThat(gcj.lat()).isCloseTo(t[3], within(1e-9));
        }
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

    @Test
    void inverseUndoesForwardToATenthOfAMillimetre() {
        qt().withFixedSeed(SEED).withExamples(2000).forAll(doubles().between(73.5, 135), doubles().between(3.9, 53.5))
                .checkAssert((lon, lat) -> {
                    GeoPoint gcj = Gcj02.fromWgs84(lon, lat);
                    GeoPoint back = Gcj02.toWgs84(gcj.lon(), gcj.lat());
                    assertThat(back.lon()).isCloseTo(lon, within(1e-9));
                    assertThat(back.lat()).isCloseTo(lat, within(1e-9));
                });
    }
}
