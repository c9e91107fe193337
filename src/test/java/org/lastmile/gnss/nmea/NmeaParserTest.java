package org.lastmile.gnss.nmea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lastmile.gnss.nmea.Nmea.sentence;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lastmile.gnss.fix.FixMode;
import org.lastmile.gnss.fix.FixQuality;
import org.lastmile.gnss.fix.GnssFix;

class NmeaParserTest {

    // Gangcha county, Qinghai: 37°19.8'N 100°08.4'E, 3300 m.
    static final String GGA = sentence("GPGGA,041503.00,3719.80000,N,10008.40000,E,1,08,1.2,3301.5,M,-30.1,M,,");
    static final String RMC = sentence("GPRMC,041503.00,A,3719.80000,N,10008.40000,E,0.10,12.0,050724,,,A");

    @Test
    void readsAFixFromGgaAndRmc() {
        List<GnssFix> fixes = Nmea.positions(GGA + "\r\n" + RMC + "\r\n");
        assertThat(fixes).hasSize(1);
        GnssFix fix = fixes.get(0);
        assertThat(fix.time()).hasToString("2024-07-05T04:15:03.000Z");
        assertThat(fix.latitude()).isCloseTo(37 + 19.8 / 60, within(1e-12));
        assertThat(fix.longitude()).isCloseTo(100 + 8.4 / 60, within(1e-12));
        assertThat(fix.altitude()).isEqualTo(3301.5);
        assertThat(fix.geoidSeparation()).isEqualTo(-30.1);
        assertThat(fix.quality()).isEqualTo(FixQuality.GPS);
        assertThat(fix.satellitesUsed()).isEqualTo(8);
        assertThat(fix.hdop()).isEqualTo(1.2);
        assertThat(fix.speed()).isCloseTo(0.10 * 1852 / 3600, within(1e-12));
        assertThat(fix.hasSigma()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GP", "GN", "BD", "GB", "GL", "GA", "GQ", "GI", "XY"})
    void acceptsEveryTalker(String talker) {
        String gga = sentence(talker + "GGA,041503.00,3719.80000,N,10008.40000,E,2,12,0.8,3301.5,M,-30.1,M,,");
        List<GnssFix> fixes = Nmea.positions(gga + "\n");
        assertThat(fixes).singleElement().satisfies(fix -> {
            assertThat(fix.quality()).isEqualTo(FixQuality.DGPS);
            assertThat(fix.time().date()).isNull();
            assertThat(fix.time()).hasToString("04:15:03.000");
        });
    }

    @Test
    void southAndWestAreNegative() {
        String gga = sentence("GNGGA,120000,4527.458,S,16709.165,W,1,05,2.1,14.7,M,1.1,M,,");
        GnssFix fix = Nmea.positions(gga).get(0);
        assertThat(fix.latitude()).isCloseTo(-(45 + 27.458 / 60), within(1e-12));
        assertThat(fix.longitude()).isCloseTo(-(167 + 9.165 / 60), within(1e-12));
    }

    @Test
    void gstGivesTheReceiversSigmaAndGsaTheModeAndDops() {
        String text = String.join("\r\n", GGA,
                sentence("GNGSA,A,3,01,02,03,04,05,,,,,,,,1.9,1.2,1.5,1"),
                sentence("GNGSA,A,3,201,202,203,,,,,,,,,,1.9,1.2,1.5,4"),
                sentence("GPGST,041503.00,2.5,3.0,2.0,45.0,2.1,1.7,4.2"),
                sentence("GPGSV,3,1,11,01,78,221,47,03,09,042,00,04,05,242,00,06,04,149,00"),
                sentence("BDGSV,2,1,07,01,00,000,45,02,13,089,35,03,00,000,37,04,00,000,42"), RMC, "");
        GnssFix fix = Nmea.positions(text).get(0);
        assertThat(fix.sigmaLatitude()).isEqualTo(2.1);
        assertThat(fix.sigmaLongitude()).isEqualTo(1.7);
        assertThat(fix.sigmaAltitude()).isEqualTo(4.2);
        assertThat(fix.horizontalSigma()).isCloseTo(Math.hypot(2.1, 1.7), within(1e-12));
        assertThat(fix.mode()).isEqualTo(FixMode.THREE_D);
        assertThat(fix.pdop()).isEqualTo(1.9);
        assertThat(fix.vdop()).isEqualTo(1.5);
        assertThat(fix.satellitesUsed()).isEqualTo(8);
        assertThat(fix.satellitesInView()).isEqualTo(18);
    }

    @Test
    void gstBeforeItsGgaStillJoinsItsCycle() {
        String text = String.join("\n", GGA, RMC,
                sentence("GPGST,041504.00,2.5,3.0,2.0,45.0,0.9,0.8,1.5"),
                sentence("GPGGA,041504.00,3719.80000,N,10008.40000,E,1,08,1.2,3301.5,M,-30.1,M,,"), "");
        List<GnssFix> fixes = Nmea.positions(text);
        assertThat(fixes).hasSize(2);
        assertThat(fixes.get(0).hasSigma()).isFalse();
        assertThat(fixes.get(1).sigmaLatitude()).isEqualTo(0.9);
    }

    @Test
    void zdaGivesTheDateAndMidnightAdvancesIt() {
        String text = String.join("\n",
                sentence("GPZDA,235959.00,31,12,2023,00,00"),
                sentence("GPGGA,235959.00,3719.80000,N,10008.40000,E,1,08,1.2,3301.5,M,-30.1,M,,"),
                sentence("GPGGA,000000.00,3719.80000,N,10008.40000,E,1,08,1.2,3301.5,M,-30.1,M,,"), "");
        List<GnssFix> fixes = Nmea.positions(text);
        assertThat(fixes).extracting(fix -> fix.time().toString())
                .containsExactly("2023-12-31T23:59:59.000Z", "2024-01-01T00:00:00.000Z");
    }

    @Test
    void gnsAndGllAloneMakeFixes() {
        String text = String.join("\n",
                sentence("GNGNS,041503.00,3719.80000,N,10008.40000,E,NNAR,14,0.7,3301.5,-30.1,,,S"),
                sentence("GPGLL,3719.80010,N,10008.40010,E,041504.00,A,D"), "");
        List<GnssFix> fixes = Nmea.positions(text);
        assertThat(fixes).hasSize(2);
        assertThat(fixes.get(0).quality()).isEqualTo(FixQuality.GPS);
        assertThat(fixes.get(0).satellitesUsed()).isEqualTo(14);
        assertThat(fixes.get(0).altitude()).isEqualTo(3301.5);
        assertThat(fixes.get(1).quality()).isEqualTo(FixQuality.DGPS);
    }

    @Test
    void rtkQualitiesAreKept() {
        String fixed = sentence("GNGGA,041503.00,3719.80000,N,10008.40000,E,4,20,0.6,3301.5,M,-30.1,M,1.0,0001");
        String floating = sentence("GNGGA,041504.00,3719.80000,N,10008.40000,E,5,20,0.6,3301.5,M,-30.1,M,1.0,0001");
        assertThat(Nmea.positions(fixed + "\n" + floating)).extracting(GnssFix::quality)
                .containsExactly(FixQuality.RTK_FIXED, FixQuality.RTK_FLOAT);
    }

    @Test
    void noFixIsAnEpochWithoutPosition() {
        String text = sentence("GPGGA,041503.00,,,,,0,00,99.99,,,,,,") + "\n"
                + sentence("GPRMC,041503.00,V,,,,,,,050724,,,N") + "\n";
        List<GnssFix> fixes = Nmea.fixes(text);
        assertThat(fixes).singleElement().satisfies(fix -> {
            assertThat(fix.hasPosition()).isFalse();
            assertThat(fix.quality()).isEqualTo(FixQuality.INVALID);
            assertThat(fix.latitude()).isNaN();
            assertThat(fix.hdop()).isNaN();
        });
    }

    @Test
    void aBadChecksumDropsTheSentenceAndIsCounted() {
        String bad = GGA.substring(0, GGA.length() - 2) + "00";
        NmeaStats stats = Nmea.stats(bad + "\r\n" + GGA.replace("*", "") + "\r\n");
        assertThat(stats.sentences()).isZero();
        assertThat(stats.badChecksum()).isEqualTo(1);
        assertThat(stats.noChecksum()).isEqualTo(1);
        assertThat(stats.fixes()).isZero();
        assertThat(stats.isNmea()).isFalse();
    }

    @Test
    void survivesCommentsProprietaryCutLinesNoiseAndMixedLineEndings() {
        String text = "# a comment with $GPGGA in it\r\n"
                + "$PMTK001,604,3*32\n"
                + "\u0000\u0000\u00ff\u00fe garbage \u0007\r"
                + "$GPGGA,0415" // cut off: the next sentence starts on the same line
                + GGA + "\r"
                + sentence("GPGSA,A,3,01,02,03,04,05,06,07,08,,,,,1.9,1.2,1.5") + "\n\r\n"
                + "x".repeat(10_000) + "\n"
                + RMC; // no line end at all
        NmeaStats stats = Nmea.stats(text);
        List<GnssFix> fixes = Nmea.positions(text);
        assertThat(fixes).singleElement().satisfies(fix -> {
            assertThat(fix.time()).hasToString("2024-07-05T04:15:03.000Z");
            assertThat(fix.mode()).isEqualTo(FixMode.THREE_D);
        });
        assertThat(stats.sentences()).isEqualTo(4);
        assertThat(stats.proprietary()).isEqualTo(1);
        assertThat(stats.overlong()).isEqualTo(1);
        assertThat(stats.noChecksum()).isEqualTo(1);
    }

    @Test
    void chunkBoundariesDoNotMatter() {
        String next = sentence("GPGGA,041504.00,3719.80000,N,10008.40000,E,1,08,1.2,3301.5,M,-30.1,M,,");
        byte[] bytes = (GGA + "\r\n" + RMC + "\r\n" + next + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        List<GnssFix> whole = Nmea.fixes(bytes);
        List<GnssFix> pieces = new ArrayList<>();
        NmeaParser parser = new NmeaParser(pieces::add);
        for (byte b : bytes) {
            parser.accept(new byte[] {b}, 0, 1);
        }
        parser.finish();
        assertThat(pieces).isEqualTo(whole).hasSize(2);
    }

    @Test
    void malformedFieldsNeverThrow() {
        String text = String.join("\n",
                sentence("GPGGA,99x,37.19.8,N,abc,E,1,xx,--,,,"),
                sentence("GPRMC,041503.00,A,3719.8,Q,10008.4,E,,,991399,,,A"),
                sentence("GPGSA"), sentence("GPGST,,,,,,,,"), sentence("GPGSV,,,"),
                sentence("GPZDA,1,2,3"), sentence("GPVTG"), sentence("GPGLL"), sentence("GNGNS"), "");
        NmeaStats stats = Nmea.stats(text);
        assertThat(stats.sentences()).isEqualTo(9);
        assertThat(stats.fixes()).isZero();
    }

    @Test
    void aLatitudeOrLongitudeWithADigitTooFewOrTooManyIsNoPosition() {
        // Found by damageNeverInventsAPosition: "16709.165" cut to "09.165" kept a valid checksum
        // by chance and moved the point 167 degrees west.
        String lonCut = sentence("GNGGA,120000,4527.458,S,09.165,W,1,05,2.1,14.7,M,1.1,M,,");
        String latLong = sentence("GNGGA,120000,04527.458,S,16709.165,W,1,05,2.1,14.7,M,1.1,M,,");
        String lonShort = sentence("GNGGA,120000,4527.458,S,6709.165,W,1,05,2.1,14.7,M,1.1,M,,");
        assertThat(Nmea.positions(lonCut + "\n" + latLong + "\n" + lonShort + "\n")).isEmpty();
        assertThat(Nmea.positions(sentence("GNGGA,120000,0027.458,S,00009.165,W,1,05,2.1,14.7,M,1.1,M,,")))
                .singleElement().satisfies(fix -> assertThat(fix.longitude()).isCloseTo(-9.165 / 60, within(1e-12)));
    }
}
