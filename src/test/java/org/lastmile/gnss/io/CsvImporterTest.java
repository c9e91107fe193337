package org.lastmile.gnss.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.GeoPoint;

class CsvImporterTest {

    private static ImportResult csv(String text) {
        return new FileImporter().importBytes("t.csv", text.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());
    }

    private static void assertJ1ToJ4(ImportResult r) {
        assertThat(r.points()).extracting(Feature::name).hasSize(4);
        double[][] expected = {{100.13451, 37.32215}, {100.13612, 37.32230}, {100.13598, 37.32102},
            {100.13440, 37.32095}};
        for (int i = 0; i < 4; i++) {
            GeoPoint p = r.points().get(i).shape().positions().get(0);
            assertThat(p.lon()).as("lon %d", i).isCloseTo(expected[i][0], within(3e-6));
            assertThat(p.lat()).as("lat %d", i).isCloseTo(expected[i][1], within(3e-6));
        }
    }

    @Test
    void englishHeaderWithQuotedDescription() {
        ImportResult r = Samples.load("points-en.csv");
        assertThat(r.format()).isEqualTo(FileFormat.CSV);
        assertThat(r.problems()).isEmpty();
        assertJ1ToJ4(r);
        Feature j1 = r.points().get(0);
        assertThat(j1.name()).isEqualTo("J1");
        assertThat(j1.source()).isEqualTo(SourceRef.line(2));
        assertThat(j1.shape().positions().get(0).height()).isEqualTo(3301.2);
        assertThat(j1.properties()).containsEntry("description", "concrete post NW corner");
        assertThat(r.points().get(3).properties()).containsEntry("description", "paint mark, on rock");
        assertThat(j1.crsIn()).isEqualTo("EPSG:4326");
    }

    @Test
    void chineseHeaderSemicolonsAndEveryDmsForm() {
        ImportResult r = Samples.load("points-zh-dms.csv");
        assertThat(r.problems()).isEmpty();
        assertThat(r.points()).extracting(Feature::name).containsExactly("界址点1", "界址点2", "界址点3", "界址点4");
        assertJ1ToJ4(r);
        assertThat(r.points().get(0).properties()).containsEntry("description", "水泥桩");
    }

    @Test
    void utf8WithByteOrderMark() {
        ImportResult r = Samples.load("points-zh-bom.csv");
        assertThat(r.points()).extracting(Feature::name).containsExactly("村委会", "草场东界");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void gbkIsReadAndSaid() {
        ImportResult r = Samples.load("points-zh-gbk.csv");
        assertThat(r.points()).extracting(Feature::name).containsExactly("沙柳河镇政府", "哈尔盖乡草场");
        assertThat(r.points().get(1).shape().positions().get(0).height()).isEqualTo(3225);
        assertThat(r.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarning.Code.READ_AS_GBK);
    }

    @Test
    void badLinesAreListedWithTheirNumbersAndTheRestImported() {
        ImportResult r = Samples.load("points-bad-lines.csv");
        assertThat(r.points()).extracting(Feature::name).containsExactly("good 1", "good 2");
        assertThat(r.problems()).extracting(ImportProblem::line, ImportProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, ImportProblem.Code.MISSING_COORDINATE),
                org.assertj.core.groups.Tuple.tuple(4, ImportProblem.Code.BAD_NUMBER),
                org.assertj.core.groups.Tuple.tuple(5, ImportProblem.Code.LATITUDE_OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple(6, ImportProblem.Code.TOO_FEW_FIELDS));
        assertThat(r.problems().get(1).messageArgs()).containsExactly("4", new org.lastmile.common.Echo("abc"));
    }

    @Test
    void strictRefusesAFileWithABadLine() {
        assertThatThrownBy(() -> Samples.load("points-bad-lines.csv", ImportOptions.defaults().withStrict(true)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.error()).isEqualTo(ImportError.STRICT_REFUSED);
                    assertThat(e.messageArgs()[1]).isEqualTo(4);
                });
    }

    @Test
    void headerlessTabFileWithLongitudeFirst() {
        ImportResult r = Samples.load("points-no-header.txt");
        assertThat(r.points()).extracting(Feature::name).containsExactly("J1", "J2");
        GeoPoint p = r.points().get(0).shape().positions().get(0);
        assertThat(List.of(p.lon(), p.lat(), p.height())).containsExactly(100.13451, 37.32215, 3301.2);
    }

    @Test
    void headerlessLatitudeFirstInWesternQinghaiIsToldApartByTheChinaBox() {
        ImportResult r = csv("37.5,89.9\n36.2,90.4\n");
        GeoPoint p = r.points().get(0).shape().positions().get(0);
        assertThat(p.lon()).isEqualTo(89.9);
        assertThat(p.lat()).isEqualTo(37.5);
    }

    @Test
    void headerlessAmbiguousColumnsAreRefused() {
        assertThatThrownBy(() -> csv("10.5,20.25\n"))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.error()).isEqualTo(ImportError.AMBIGUOUS_COLUMNS));
    }

    @Test
    void headerWithoutCoordinatesIsRefused() {
        assertThatThrownBy(() -> csv("姓名,电话\n张三,123\n"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.error()).isEqualTo(ImportError.NO_COORDINATE_COLUMNS);
                    assertThat(e.messageArgs()).containsExactly("t.csv", 1);
                });
    }

    @Test
    void unitsInHeadersAndLongitudeNamedLng() {
        ImportResult r = csv("Name,Latitude (WGS84),LNG,Elevation [m]\nA,37.1,100.2,3000\n");
        GeoPoint p = r.points().get(0).shape().positions().get(0);
        assertThat(List.of(p.lon(), p.lat(), p.height())).containsExactly(100.2, 37.1, 3000.0);
    }

    @Test
    void southAndWestAreNegative() {
        ImportResult r = csv("lat,lon\n33°51'S,151°12'E\n40.7 N,74.0 W\n");
        assertThat(r.points().get(0).shape().positions().get(0).lat()).isCloseTo(-33.85, within(1e-9));
        assertThat(r.points().get(1).shape().positions().get(0).lon()).isEqualTo(-74.0);
    }

    @Test
    void aHemisphereOnTheWrongAxisIsABadLine() {
        ImportResult r = csv("lat,lon\n100.1E,37.2N\n");
        assertThat(r.problems()).extracting(ImportProblem::code).containsExactly(ImportProblem.Code.BAD_NUMBER);
    }

    @Test
    void anglesParseInEveryWrittenForm() {
        assertThat(Angle.parse("37d12m34.5s").orElseThrow().degrees()).isCloseTo(37.209583333, within(1e-8));
        assertThat(Angle.parse("37:12:34.5").orElseThrow().degrees()).isCloseTo(37.209583333, within(1e-8));
        assertThat(Angle.parse("-37°12′34.5″").orElseThrow().degrees()).isCloseTo(-37.209583333, within(1e-8));
        assertThat(Angle.parse("S37°12'34.5\"").orElseThrow().degrees()).isCloseTo(-37.209583333, within(1e-8));
        assertThat(Angle.parse("37°61'")).isEmpty();
        assertThat(Angle.parse("37.5°12'")).isEmpty();
        assertThat(Angle.parse("NaN")).isEmpty();
        assertThat(Angle.parse("0x1p3")).isEmpty();
        assertThat(Angle.parse("1d")).isPresent();
        assertThat(Numbers.parse("1d")).isEmpty();
        assertThat(Numbers.parse("Infinity")).isEmpty();
        assertThat(Numbers.parse("-3.5e2").getAsDouble()).isEqualTo(-350.0);
    }

    @Test
    void aLastLineCutShortIsRefusedWithItsNumber() {
        // the copy stopped inside the last line: "J3,37.3212,100.13" lost its height and part of
        // its longitude (100.13 is 1.8 m east of 100.13002 at this latitude)
        String text = "name,lat,lon,ele\nJ1,37.32215,100.13451,3301\nJ2,37.32095,100.13440,3300\nJ3,37.3212,100.13";
        ImportResult r = new FileImporter().importBytes("cut.csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ImportOptions.defaults());
        assertThat(r.points()).extracting(Feature::name).containsExactly("J1", "J2");
        assertThat(r.problems()).extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, ImportProblem.Code.TOO_FEW_FIELDS));
    }

    @Test
    void aDoubledDegreeSignIsRefusedButTwoApostrophesAreSeconds() {
        assertThat(Angle.parse("37°°19'N")).isEmpty();
        assertThat(Angle.parse("37::19:19.74")).isEmpty();
        assertThat(Angle.parse("37°19'19.74''N")).hasValueSatisfying(
                a -> assertThat(a.degrees()).isCloseTo(37 + 19 / 60.0 + 19.74 / 3600, org.assertj.core.api.Assertions.within(1e-12)));
        assertThat(Angle.parse("37° 19′ 19.74″")).isPresent();
    }
}
