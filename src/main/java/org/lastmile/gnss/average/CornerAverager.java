package org.lastmile.gnss.average;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.lastmile.gnss.fix.FixQuality;
import org.lastmile.gnss.fix.FixTime;
import org.lastmile.gnss.fix.GnssFix;

/**
 * Averages the fixes taken while the receiver stands on one corner. Offer fixes as they come
 * ({@link #offer}); when {@link #isComplete()} (N fixes or T seconds), {@link #capture()}.
 *
 * <p><b>Gate.</b> A fix is kept when it has a position of an accepted quality, an HDOP not above
 * the limit (a fix without HDOP is kept and modelled with the limit) and, when it has a GST
 * estimate, a horizontal σ not above the limit.
 *
 * <p><b>Outliers.</b> In a local east/north plane, a kept fix whose east or north coordinate has a
 * robust z-score (median and MAD, {@link RobustOutliers}) above the cutoff is rejected.
 *
 * <p><b>Position.</b> The mean of the remaining fixes.
 *
 * <p><b>σ, per axis (east, north, up), the larger of two terms.</b>
 * <ol>
 *   <li>What the fixes show: 2 · s / √n_eff, with s their standard deviation and n_eff the
 *       effective sample size from their lag-1 autocorrelation ({@link CorrelatedErrors}); the
 *       factor 2 covers the correlation that a lag-1 estimate from a short series misses
 *       (survey.md: handheld errors are time-correlated, inflate ×2).</li>
 *   <li>What the receiver says a fix is worth, as a floor: the mean over the fixes of the GST σ
 *       when the receiver sends GST, else HDOP · UERE / √2 ({@link UereModel}; vertical
 *       VDOP · UERE, or 1.4 · HDOP · UERE without VDOP), reduced only by averaging the slow errors
 *       over the span T: × √g(T/τ). Averaging for seconds therefore never claims better than one
 *       fix; five minutes (τ = 5 min) bring the floor to 0.86 of a fix's σ, an hour to 0.39.</li>
 * </ol>
 * Never the naive s / √n, which would promise centimetres from a minute of a handheld.
 *
 * <p>Not thread-safe: feed it from one thread (receivers deliver fixes on one thread).
 */
public final class CornerAverager {

    /** Inflation of the scatter term for correlation the lag-1 estimate misses. */
    static final double SCATTER_INFLATION = 2.0;

    private final AveragingSettings settings;
    private int offered;
    private int gated;
    private int kept;
    private double[] latitude = new double[64];
    private double[] longitude = new double[64];
    private double[] altitude = new double[64];
    private double[] modelEast = new double[64];
    private double[] modelNorth = new double[64];
    private double[] modelUp = new double[64];
    private double[] hdop = new double[64];
    private double[] seconds = new double[64];
    private FixQuality[] quality = new FixQuality[64];
    private FixTime firstTime;

    public CornerAverager(AveragingSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Averages fixes (for example all those of a recorded log) and captures the result. */
    public static AveragedPosition average(Iterable<GnssFix> fixes, AveragingSettings settings) {
        CornerAverager averager = new CornerAverager(settings);
        for (GnssFix fix : fixes) {
            averager.offer(fix);
        }
        return averager.capture();
    }

    public AveragingSettings settings() {
        return settings;
    }

    /** Offers one epoch; returns whether it was kept and, if not, why. */
    public Admission offer(GnssFix fix) {
        offered++;
        Admission admission = admit(fix);
        if (admission != Admission.KEPT) {
            gated++;
            return admission;
        }
        grow();
        double fixHdop = Double.isFinite(fix.hdop()) ? fix.hdop() : settings.maxHdop();
        double uere = settings.uere().metres(fix.quality());
        latitude[kept] = fix.latitude();
        longitude[kept] = fix.longitude();
        altitude[kept] = fix.altitude();
        hdop[kept] = fix.hdop();
        quality[kept] = fix.quality();
        modelEast[kept] = fix.hasSigma() ? fix.sigmaLongitude() : settings.uere().axisSigma(fix.quality(), fixHdop);
        modelNorth[kept] = fix.hasSigma() ? fix.sigmaLatitude() : settings.uere().axisSigma(fix.quality(), fixHdop);
        modelUp[kept] = Double.isFinite(fix.sigmaAltitude()) ? fix.sigmaAltitude()
                : Double.isFinite(fix.vdop()) ? fix.vdop() * uere : 1.4 * fixHdop * uere;
        seconds[kept] = secondsOf(fix.time());
        kept++;
        return Admission.KEPT;
    }

    private Admission admit(GnssFix fix) {
        if (!fix.hasPosition()) {
            return Admission.NO_POSITION;
        }
        if (!settings.acceptedQualities().contains(fix.quality())) {
            return Admission.QUALITY;
        }
        if (fix.hdop() > settings.maxHdop()) {
            return Admission.HDOP;
        }
        if (fix.hasSigma() && fix.horizontalSigma() > settings.maxFixSigma()) {
            return Admission.SIGMA;
        }
        return Admission.KEPT;
    }

    private double secondsOf(FixTime time) {
        if (time == null) {
            return kept == 0 ? 0 : seconds[kept - 1] + 1;
        }
        if (firstTime == null) {
            firstTime = time;
        }
        return time.secondsSince(firstTime);
    }

    /** Fixes kept so far (before outlier rejection). */
    public int kept() {
        return kept;
    }

    /** Fixes offered so far. */
    public int offered() {
        return offered;
    }

    /** The time from the first to the last kept fix. */
    public Duration span() {
        return kept == 0 ? Duration.ZERO : Duration.ofMillis(Math.round((seconds[kept - 1] - seconds[0]) * 1000));
    }

    /** Whether the target number of fixes or the target time has been reached. */
    public boolean isComplete() {
        return kept >= settings.targetFixes() || kept > 0 && span().compareTo(settings.targetDuration()) >= 0;
    }

    /**
     * The position with σ from the fixes so far, without the minimum-count and accuracy checks
     * (for showing the estimate while fixes come in).
     *
     * @throws AveragingException {@link AveragingProblem#NO_FIXES} when nothing was kept
     */
    public AveragedPosition estimate() {
        if (kept == 0) {
            throw new AveragingException(AveragingProblem.NO_FIXES, null);
        }
        LocalPlane plane = new LocalPlane(RobustOutliers.median(latitude, kept), RobustOutliers.median(longitude, kept));
        double[] east = new double[kept];
        double[] north = new double[kept];
        for (int i = 0; i < kept; i++) {
            east[i] = plane.east(longitude[i]);
            north[i] = plane.north(latitude[i]);
        }
        boolean[] outlier = new boolean[kept];
        RobustOutliers.mark(east, kept, settings.outlierCutoff(), outlier);
        RobustOutliers.mark(north, kept, settings.outlierCutoff(), outlier);
        return new Estimator(plane, east, north, outlier).estimate();
    }

    /**
     * The captured corner.
     *
     * @throws AveragingException when nothing was kept, when fewer fixes than the minimum remain,
     *     or when the horizontal σ is above the limit and poor accuracy is not allowed
     */
    public AveragedPosition capture() {
        AveragedPosition position = estimate();
        if (position.used() < settings.minFixes()) {
            throw new AveragingException(AveragingProblem.TOO_FEW_FIXES, position, position.used(), settings.minFixes());
        }
        if (position.sigmaHorizontal() > settings.maxSigma() && !settings.allowPoorAccuracy()) {
            throw new AveragingException(AveragingProblem.ACCURACY_TOO_LOW, position, position.sigmaHorizontal(),
                    settings.maxSigma());
        }
        return position;
    }

    private void grow() {
        if (kept < latitude.length) {
            return;
        }
        int size = latitude.length * 2;
        latitude = Arrays.copyOf(latitude, size);
        longitude = Arrays.copyOf(longitude, size);
        altitude = Arrays.copyOf(altitude, size);
        modelEast = Arrays.copyOf(modelEast, size);
        modelNorth = Arrays.copyOf(modelNorth, size);
        modelUp = Arrays.copyOf(modelUp, size);
        hdop = Arrays.copyOf(hdop, size);
        seconds = Arrays.copyOf(seconds, size);
        quality = Arrays.copyOf(quality, size);
    }

    /** The computation over the fixes that are not outliers. */
    private final class Estimator {
        private final LocalPlane plane;
        private final double[] east;
        private final double[] north;
        private final double[] up;
        private final double[] floorEast;
        private final double[] floorNorth;
        private final double[] floorUp;
        private int used;
        private int withAltitude;
        private double hdopSum;
        private int hdopCount;
        private FixQuality worst = FixQuality.RTK_FIXED;
        private double firstSecond = Double.NaN;
        private double lastSecond;

        Estimator(LocalPlane plane, double[] allEast, double[] allNorth, boolean[] outlier) {
            this.plane = plane;
            east = new double[kept];
            north = new double[kept];
            up = new double[kept];
            floorEast = new double[kept];
            floorNorth = new double[kept];
            floorUp = new double[kept];
            for (int i = 0; i < kept; i++) {
                if (outlier[i]) {
                    continue;
                }
                east[used] = allEast[i];
                north[used] = allNorth[i];
                floorEast[used] = modelEast[i];
                floorNorth[used] = modelNorth[i];
                if (Double.isFinite(altitude[i])) {
                    up[withAltitude] = altitude[i];
                    floorUp[withAltitude++] = modelUp[i];
                }
                if (Double.isFinite(hdop[i])) {
                    hdopSum += hdop[i];
                    hdopCount++;
                }
                if (quality[i].compareTo(worst) < 0) {
                    worst = quality[i];
                }
                if (Double.isNaN(firstSecond)) {
                    firstSecond = seconds[i];
                }
                lastSecond = seconds[i];
                used++;
            }
        }

        AveragedPosition estimate() {
            double span = Math.max(0, lastSecond - firstSecond);
            double slow = Math.sqrt(CorrelatedErrors.gaussMarkovFactor(span, settings.correlationTime().toMillis() / 1000.0));
            Axis e = new Axis(east, used, floorEast, slow);
            Axis n = new Axis(north, used, floorNorth, slow);
            double altitudeMean = Double.NaN;
            double altitudeSigma = Double.NaN;
            if (withAltitude > 0) {
                Axis u = new Axis(up, withAltitude, floorUp, slow);
                altitudeMean = u.mean;
                altitudeSigma = u.sigma;
            }
            return new AveragedPosition(plane.longitude(e.mean), plane.latitude(n.mean), altitudeMean, e.sigma, n.sigma,
                    altitudeSigma, used, gated, kept - used, Math.min(e.effective, n.effective),
                    Duration.ofMillis(Math.round(span * 1000)), hdopCount == 0 ? Double.NaN : hdopSum / hdopCount, worst);
        }
    }

    /** Mean and σ of one coordinate. */
    private static final class Axis {
        final double mean;
        final double effective;
        final double sigma;

        Axis(double[] x, int n, double[] floor, double slowFactor) {
            mean = CorrelatedErrors.mean(x, n);
            double s = CorrelatedErrors.standardDeviation(x, n, mean);
            effective = CorrelatedErrors.effectiveSampleSize(n, CorrelatedErrors.lag1(x, n, mean));
            double scatter = SCATTER_INFLATION * s / Math.sqrt(effective);
            double model = CorrelatedErrors.mean(floor, n) * slowFactor;
            sigma = Math.max(scatter, model);
        }
    }
}
