package org.lastmile.gnss.average;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.lastmile.gnss.fix.FixQuality;

/**
 * How a corner is averaged. Build with {@link #defaults()} and the {@code with…} methods.
 *
 * @param targetFixes capture is complete after this many usable fixes …
 * @param targetDuration … or after this much time, whichever comes first
 * @param minFixes fewer usable fixes than this refuses the capture
 * @param acceptedQualities fixes of other qualities are not used (default: measured ones, no
 *     estimated, manual or simulated fixes)
 * @param maxHdop fixes with a larger HDOP are not used
 * @param maxFixSigma fixes whose own GST horizontal σ (metres) is larger are not used
 * @param maxSigma a result whose horizontal σ (metres) is larger is refused, unless
 *     {@code allowPoorAccuracy}
 * @param allowPoorAccuracy accept a result worse than {@code maxSigma} (the officer's explicit choice)
 * @param outlierCutoff robust z-score (median and MAD) beyond which a fix is an outlier
 * @param correlationTime correlation time of the slow GNSS errors (atmosphere, orbits, multipath)
 * @param uere the error model of a fix from its HDOP
 */
public record AveragingSettings(int targetFixes, Duration targetDuration, int minFixes,
        Set<FixQuality> acceptedQualities, double maxHdop, double maxFixSigma, double maxSigma,
        boolean allowPoorAccuracy, double outlierCutoff, Duration correlationTime, UereModel uere) {

    public AveragingSettings {
        if (targetFixes < 1 || minFixes < 1) {
            throw new IllegalArgumentException("fix counts must be positive");
        }
        Objects.requireNonNull(targetDuration, "targetDuration");
        Objects.requireNonNull(correlationTime, "correlationTime");
        Objects.requireNonNull(uere, "uere");
        acceptedQualities = Set.copyOf(acceptedQualities);
        if (!(maxHdop > 0 && maxFixSigma > 0 && maxSigma > 0 && outlierCutoff > 0)) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * 300 fixes or 5 minutes, at least 30 fixes, measured qualities only, HDOP ≤ 4, GST σ ≤ 10 m,
     * refuse above 5 m horizontal σ, outliers beyond 3.5 robust z, correlation time 5 minutes,
     * default UERE.
     */
    public static AveragingSettings defaults() {
        Set<FixQuality> measured = EnumSet.noneOf(FixQuality.class);
        for (FixQuality quality : FixQuality.values()) {
            if (quality.isMeasured()) {
                measured.add(quality);
            }
        }
        return new AveragingSettings(300, Duration.ofMinutes(5), 30, measured, 4.0, 10.0, 5.0, false, 3.5,
                Duration.ofMinutes(5), UereModel.defaults());
    }

    public AveragingSettings withTarget(int fixes, Duration duration) {
        return new AveragingSettings(fixes, duration, minFixes, acceptedQualities, maxHdop, maxFixSigma, maxSigma,
                allowPoorAccuracy, outlierCutoff, correlationTime, uere);
    }

    public AveragingSettings withMinFixes(int fixes) {
        return new AveragingSettings(targetFixes, targetDuration, fixes, acceptedQualities, maxHdop, maxFixSigma,
                maxSigma, allowPoorAccuracy, outlierCutoff, correlationTime, uere);
    }

    public AveragingSettings withMaxHdop(double hdop) {
        return new AveragingSettings(targetFixes, targetDuration, minFixes, acceptedQualities, hdop, maxFixSigma,
                maxSigma, allowPoorAccuracy, outlierCutoff, correlationTime, uere);
    }

    /** The horizontal σ in metres above which a capture is refused. */
    public AveragingSettings withMaxSigma(double metres) {
        return new AveragingSettings(targetFixes, targetDuration, minFixes, acceptedQualities, maxHdop, maxFixSigma,
                metres, allowPoorAccuracy, outlierCutoff, correlationTime, uere);
    }

    public AveragingSettings withAllowPoorAccuracy(boolean allow) {
        return new AveragingSettings(targetFixes, targetDuration, minFixes, acceptedQualities, maxHdop, maxFixSigma,
                maxSigma, allow, outlierCutoff, correlationTime, uere);
    }

    public AveragingSettings withAcceptedQualities(Set<FixQuality> qualities) {
        return new AveragingSettings(targetFixes, targetDuration, minFixes, qualities, maxHdop, maxFixSigma,
                maxSigma, allowPoorAccuracy, outlierCutoff, correlationTime, uere);
    }

    public AveragingSettings withUere(UereModel model) {
        return new AveragingSettings(targetFixes, targetDuration, minFixes, acceptedQualities, maxHdop, maxFixSigma,
                maxSigma, allowPoorAccuracy, outlierCutoff, correlationTime, model);
    }

    public AveragingSettings withCorrelationTime(Duration time) {
        return new AveragingSettings(targetFixes, targetDuration, minFixes, acceptedQualities, maxHdop, maxFixSigma,
                maxSigma, allowPoorAccuracy, outlierCutoff, time, uere);
    }
}
