package org.lastmile.gnss.datum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.GeoPoint;

class DatumShiftCheckTest {

    /** Four corners of a field near Shaliu He, Gangcha county (WGS84). */
    private static final List<GeoPoint> FIELD = List.of(
            new GeoPoint(100.13451, 37.32215), new GeoPoint(100.13612, 37.32230),
            new GeoPoint(100.13598, 37.32102), new GeoPoint(100.13440, 37.32095));

    private static List<GeoPoint> in(Datum datum, List<GeoPoint> wgs) {
        List<GeoPoint> out = new ArrayList<>();
        for (GeoPoint p : wgs) {
            out.add(datum.fromWgs84(p.lon(), p.lat()));
        }
        return out;
    }

    @Test
    void gcj02PointsReadAsWgs84AreFlaggedAsGcj02() {
        var finding = new DatumShiftCheck(FIELD).check(in(Datum.GCJ02, FIELD), Datum.WGS84);
        assertThat(finding).isPresent();
        assertThat(finding.get().offsetMetres()).isBetween(100.0, 700.0);
        assertThat(finding.get().likely()).contains(Datum.GCJ02);
        assertThat(finding.get().metresIfLikely()).isLessThan(0.01);
    }

    @Test
    void bd09PointsReadAsGcj02AreFlaggedAsBd09() {
        var finding = new DatumShiftCheck(FIELD).check(in(Datum.BD09, FIELD), Datum.GCJ02);
        assertThat(finding).isPresent();
        assertThat(finding.get().likely()).contains(Datum.BD09);
    }

    @Test
    void wgs84PointsWronglyReadAsGcj02AreFlaggedAsWgs84() {
        var finding = new DatumShiftCheck(FIELD).check(FIELD, Datum.GCJ02);
        assertThat(finding).isPresent();
        assertThat(finding.get().likely()).contains(Datum.WGS84);
    }

    @Test
    void bd09PointsReadAsWgs84AreFlaggedAsBd09ThoughMoreThan700mOff() {
        var finding = new DatumShiftCheck(FIELD).check(in(Datum.BD09, FIELD), Datum.WGS84);
        assertThat(finding).isPresent();
        assertThat(finding.get().offsetMetres()).isGreaterThan(700.0);
        assertThat(finding.get().likely()).contains(Datum.BD09);
    }

    @Test
    void rightlyReadPointsAndFarAwayPointsPass() {
        DatumShiftCheck check = new DatumShiftCheck(FIELD);
        assertThat(check.check(FIELD, Datum.WGS84)).isEmpty();
        assertThat(check.check(in(Datum.GCJ02, FIELD), Datum.GCJ02)).isEmpty();
        assertThat(check.check(List.of(new GeoPoint(101.5, 36.6)), Datum.WGS84)).isEmpty();
        assertThat(new DatumShiftCheck(List.of()).check(FIELD, Datum.WGS84)).isEmpty();
    }

    @Test
    void anOffsetNoDatumExplainsIsReportedWithoutACause() {
        List<GeoPoint> moved = new ArrayList<>();
        for (GeoPoint p : FIELD) {
            moved.add(new GeoPoint(p.lon(), p.lat() + 0.003)); // ~333 m north
        }
        var finding = new DatumShiftCheck(FIELD).check(moved, Datum.WGS84);
        assertThat(finding).isPresent();
        assertThat(finding.get().likely()).isEmpty();
    }
}
