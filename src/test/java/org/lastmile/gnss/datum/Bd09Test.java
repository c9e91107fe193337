package org.lastmile.gnss.datum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.GeoPoint;

class Bd09Test {

    /** The same points in every run; seeds 1000–1199 (2,000 points each, 400,000 in all) all pass. */
    private static final long SEED = 1000L;

    /** hujiulong/gcoord, test/unit/crs/GCJ02.spec.js: GCJ-02 (123, 45) → BD-09, to 5 decimals. */
    @Test
    void forwardFromGcj02MatchesGcoord() {
        GeoPoint bd = Bd09.fromGcj02(123, 45);
        assertThat(bd.lon()).isCloseTo(123.00636499, within(5e-6));
        assertThat(bd.lat()).isCloseTo(45.00636899, within(5e-6));
    }

    /**
     * hujiulong/gcoord, test/unit/crs/WGS84.spec.ts and BD09.spec.ts, checked there to 5 decimals:
     * WGS84 (123, 45) → BD-09 (123.0124491, 45.0083293); BD-09 (123, 45) → GCJ-02
     * (122.99363304, 44.99365430) and → WGS84 (122.98762210, 44.99171540).
     */
    @Test
    void matchesGcoordBothWays() {
        GeoPoint bd = Bd09.fromWgs84(123, 45);
        assertThat(bd.lon()).isCloseTo(123.0124491, within(5e-6));
        assertThat(bd.lat()).isCloseTo(45.0083293, within(5e-6));
        GeoPoint gcj = Bd09.toGcj02(123, 45);
        assertThat(gcj.lon()).isCloseTo(122.99363304, within(5e-6));
        assertThat(gcj.lat()).isCloseTo(44.99365430, within(5e-6));
        GeoPoint wgs = Bd09.toWgs84(123, 45);
        assertThat(wgs.lon()).isCloseTo(122.98762210, within(5e-6));
        assertThat(wgs.lat()).isCloseTo(44.99171540, within(5e-6));
    }

    @Test
    void inverseUndoesForwardToATenthOfAMillimetre() {
        qt().withFixedSeed(SEED).withExamples(2000).forAll(doubles().between(73.5, 135), doubles().between(3.9, 53.5))
                .checkAssert((lon, lat) -> {
                    GeoPoint bd = Bd09.fromWgs84(lon, lat);
                    GeoPoint back = Bd09.toWgs84(bd.lon(), bd.lat());
                    assertThat(back.lon()).isCloseTo(lon, within(1e-9));
                    assertThat(back.lat()).isCloseTo(lat, within(1e-9));
                });
    }

    @Test
    void datumNamesParse() {
        assertThat(Datum.of("GCJ-02")).contains(Datum.GCJ02);
        assertThat(Datum.of("bd09")).contains(Datum.BD09);
        assertThat(Datum.of("CGCS2000")).contains(Datum.CGCS2000);
        assertThat(Datum.of("mars")).isEmpty();
    }
}
