package org.lastmile.gnss.average;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lastmile.gnss.fix.FixQuality;
import org.lastmile.gnss.fix.FixTime;
import org.lastmile.gnss.fix.GnssFix;

class CornerAveragerTest {

    static final double LAT = 37.33;
    static final double LON = 100.14;
    static final double METRES_PER_DEGREE_LAT = 110_990; // at 37°, close enough for test tolerances
    static final double METRES_PER_DEGREE_LON = 88_700;

    /** Fixes at 1 Hz whose east and north errors are AR(1) with the given σ and lag-1 correlation. */
    static List<GnssFix> walk(int count, double sigma, double rho, double hdop, long seed) {
        Random random = new Random(seed);
        List<GnssFix> fixes = new ArrayList<>();
        double e = random.nextGaussian() * sigma;
        double n = random.nextGaussian() * sigma;
        double innovation = sigma * Math.sqrt(1 - rho * rho);
        for (int i = 0; i < count; i++) {
            e = rho * e + innovation * random.nextGaussian();
            n = rho * n + innovation * random.nextGaussian();
            fixes.add(fix(i, LAT + n / METRES_PER_DEGREE_LAT, LON + e / METRES_PER_DEGREE_LON, hdop));
        }
        return fixes;
    }

    static GnssFix fix(int second, double lat, double lon, double hdop) {
        return GnssFix.builder().time(FixTime.of(LocalDate.of(2024, 7, 5), (4 * 3600L + second) * 1_000_000_000L))
                .position(lon, lat).altitude(3300).quality(FixQuality.GPS).satellitesUsed(9).hdop(hdop).build();
    }

    static AveragingSettings lenient() {
        return AveragingSettings.defaults().withMaxSigma(100).withMinFixes(1).withTarget(100_000, Duration.ofDays(1));
    }

    @Test
    void theMeanIsTheCentreAndSigmaIsFarFromNaive() {
        List<GnssFix> fixes = walk(300, 2.0, 0.95, 0.9, 1);
        AveragedPosition corner = CornerAverager.average(fixes, lenient());
        double naive = 2.0 / Math.sqrt(300);
        assertThat(corner.used()).isEqualTo(300);
        assertThat(corner.effectiveSampleSize()).isLessThan(30);
        assertThat(corner.sigmaEast()).isGreaterThan(5 * naive);
        assertThat(Math.abs(corner.latitude() - LAT) * METRES_PER_DEGREE_LAT).isLessThan(3 * corner.sigmaNorth());
        assertThat(Math.abs(corner.longitude() - LON) * METRES_PER_DEGREE_LON).isLessThan(3 * corner.sigmaEast());
        assertThat(corner.altitude()).isEqualTo(3300);
        assertThat(corner.span()).isEqualTo(Duration.ofSeconds(299));
        assertThat(corner.meanHdop()).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void theHdopFloorHoldsWhenTheFixesBarelyMove() {
        List<GnssFix> fixes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            fixes.add(fix(i, LAT, LON, 1.0));
        }
        AveragedPosition corner = CornerAverager.average(fixes, lenient());
        double floor = 1.0 * 4.0 / Math.sqrt(2) * Math.sqrt(CorrelatedErrors.gaussMarkovFactor(29, 300));
        assertThat(corner.sigmaEast()).isCloseTo(floor, within(1e-9));
        assertThat(corner.sigmaNorth()).isCloseTo(floor, within(1e-9));
        assertThat(corner.sigmaHorizontal()).isCloseTo(floor * Math.sqrt(2), within(1e-9));
    }

    @Test
    void higherHdopGivesALargerSigma() {
        List<GnssFix> good = walk(120, 1.0, 0.9, 0.8, 7);
        List<GnssFix> poor = good.stream().map(fix -> fix.toBuilder().hdop(2.4).build()).toList();
        AveragedPosition a = CornerAverager.average(good, lenient());
        AveragedPosition b = CornerAverager.average(poor, lenient());
        assertThat(b.sigmaHorizontal()).isGreaterThan(a.sigmaHorizontal() * 2);
        assertThat(b.latitude()).isEqualTo(a.latitude());
    }

    @Test
    void fiveMinutesBeatThirtySeconds() {
        List<GnssFix> fixes = walk(300, 1.5, 0.97, 1.0, 3);
        AveragedPosition half = CornerAverager.average(fixes.subList(0, 30), lenient());
        AveragedPosition full = CornerAverager.average(fixes, lenient());
        assertThat(full.sigmaHorizontal()).isLessThan(half.sigmaHorizontal());
    }

    @Test
    void theReceiversGstSigmaReplacesTheHdopModel() {
        List<GnssFix> fixes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            fixes.add(fix(i, LAT, LON, 1.0).toBuilder().quality(FixQuality.RTK_FIXED).sigma(0.012, 0.010, 0.02).build());
        }
        AveragedPosition corner = CornerAverager.average(fixes, lenient());
        assertThat(corner.sigmaNorth()).isLessThanOrEqualTo(0.012).isGreaterThan(0.011);
        assertThat(corner.sigmaEast()).isLessThanOrEqualTo(0.010).isGreaterThan(0.009);
        assertThat(corner.quality()).isEqualTo(FixQuality.RTK_FIXED);
    }

    @Test
    void outliersAreRejectedAndDoNotMoveTheMean() {
        List<GnssFix> fixes = new ArrayList<>(walk(200, 1.0, 0.5, 1.0, 11));
        // The mean of the 200 clean fixes, computed here: degrees are linear in the local plane.
        double cleanLat = fixes.stream().mapToDouble(GnssFix::latitude).average().orElseThrow();
        double cleanLon = fixes.stream().mapToDouble(GnssFix::longitude).average().orElseThrow();
        for (int i = 0; i < 5; i++) {
            fixes.add(fix(200 + i, LAT + 80 / METRES_PER_DEGREE_LAT, LON - 60 / METRES_PER_DEGREE_LON, 1.0));
        }
        AveragedPosition corner = CornerAverager.average(fixes, lenient());
        assertThat(corner.rejectedAsOutliers()).isEqualTo(5);
        assertThat(corner.used()).isEqualTo(200);
        assertThat(corner.latitude()).isCloseTo(cleanLat, within(1e-9));
        assertThat(corner.longitude()).isCloseTo(cleanLon, within(1e-9));
    }

    @Test
    void theGateRefusesInvalidEstimatedPoorAndSelfDoubtingFixes() {
        CornerAverager averager = new CornerAverager(lenient());
        assertThat(averager.offer(fix(0, LAT, LON, 1.0))).isEqualTo(Admission.KEPT);
        assertThat(averager.offer(GnssFix.builder().build())).isEqualTo(Admission.NO_POSITION);
        assertThat(averager.offer(fix(1, LAT, LON, 1.0).toBuilder().quality(FixQuality.ESTIMATED).build()))
                .isEqualTo(Admission.QUALITY);
        assertThat(averager.offer(fix(2, LAT, LON, 6.0))).isEqualTo(Admission.HDOP);
        assertThat(averager.offer(fix(3, LAT, LON, 1.0).toBuilder().sigma(9, 9, 20).build())).isEqualTo(Admission.SIGMA);
        AveragedPosition corner = averager.capture();
        assertThat(corner.used()).isEqualTo(1);
        assertThat(corner.rejectedByGate()).isEqualTo(4);
        assertThat(corner.rejected()).isEqualTo(4);
    }

    @Test
    void captureIsRefusedWhenTheAccuracyIsWorseThanTheSetting() {
        List<GnssFix> fixes = walk(60, 1.0, 0.9, 3.0, 5);
        AveragingSettings settings = AveragingSettings.defaults();
        assertThatThrownBy(() -> CornerAverager.average(fixes, settings))
                .isInstanceOfSatisfying(AveragingException.class, e -> {
                    assertThat(e.problem()).isEqualTo(AveragingProblem.ACCURACY_TOO_LOW);
                    assertThat(e.messageKey()).isEqualTo("gnss.average.error.accuracyTooLow");
                    assertThat(e.estimate()).get().extracting(AveragedPosition::sigmaHorizontal)
                            .satisfies(sigma -> assertThat(sigma).isGreaterThan(5.0));
                });
        AveragedPosition accepted = CornerAverager.average(fixes, settings.withAllowPoorAccuracy(true));
        assertThat(accepted.sigmaHorizontal()).isGreaterThan(5.0);
    }

    @Test
    void tooFewAndNoFixesAreRefused() {
        AveragingSettings settings = AveragingSettings.defaults().withMaxSigma(100);
        assertThatThrownBy(() -> CornerAverager.average(walk(10, 1, 0.5, 1, 1), settings))
                .isInstanceOfSatisfying(AveragingException.class,
                        e -> assertThat(e.problem()).isEqualTo(AveragingProblem.TOO_FEW_FIXES));
        assertThatThrownBy(() -> CornerAverager.average(List.of(GnssFix.builder().build()), settings))
                .isInstanceOfSatisfying(AveragingException.class,
                        e -> assertThat(e.problem()).isEqualTo(AveragingProblem.NO_FIXES));
    }

    @Test
    void completesAfterNFixesOrTSeconds() {
        CornerAverager byCount = new CornerAverager(AveragingSettings.defaults().withTarget(10, Duration.ofHours(1)));
        CornerAverager byTime = new CornerAverager(AveragingSettings.defaults().withTarget(1000, Duration.ofSeconds(20)));
        List<GnssFix> fixes = walk(30, 1, 0.5, 1, 2);
        for (int i = 0; i < 30; i++) {
            byCount.offer(fixes.get(i));
            byTime.offer(fixes.get(i));
            assertThat(byCount.isComplete()).isEqualTo(i >= 9);
            assertThat(byTime.isComplete()).isEqualTo(i >= 20);
        }
    }

    @Test
    void gaussMarkovFactorFallsFromOne() {
        assertThat(CorrelatedErrors.gaussMarkovFactor(0, 300)).isEqualTo(1);
        assertThat(CorrelatedErrors.gaussMarkovFactor(300, 300)).isCloseTo(2 * Math.exp(-1), within(1e-12));
        assertThat(CorrelatedErrors.gaussMarkovFactor(1e-3, 300)).isCloseTo(1, within(1e-5));
        assertThat(CorrelatedErrors.effectiveSampleSize(100, 0.9)).isCloseTo(100 * 0.1 / 1.9, within(1e-12));
    }

    @Test
    void theLocalPlaneRoundTripsAcrossTheDateLine() {
        LocalPlane plane = new LocalPlane(-16.5, 179.9999);
        double east = plane.east(-179.9999);
        assertThat(east).isCloseTo(2 * 0.0001 * 111_320 * Math.cos(Math.toRadians(16.5)), within(0.2));
        assertThat(plane.longitude(east)).isCloseTo(-179.9999, within(1e-12));
        assertThat(plane.latitude(plane.north(-16.49))).isCloseTo(-16.49, within(1e-12));
    }
}
