package org.lastmile.gnss.nmea;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.lastmile.gnss.fix.GnssFix;

/**
 * Groups sentences into receiver cycles, as gpsd does: a sentence carrying a time (GGA, RMC, GLL,
 * GNS, ZDA) whose time differs from the open cycle's by more than 10 ms closes that cycle and
 * opens the next; sentences without a time (GSA, GSV, VTG) join the open cycle. The date comes
 * from RMC or ZDA and is carried forward, stepping over midnight when the time of day falls back
 * by more than twelve hours; cycles before the first date have times without a date.
 *
 * <p>gpsd reports a cycle when its last timed sentence arrives (it learns which sentence that is);
 * this class reports it when the next cycle starts or the input ends, so it never reports a cycle
 * twice or half-filled. A GST (whose time names the fix it belongs to) joins the cycle of that time,
 * even when it comes before the cycle's first position sentence.
 */
final class EpochAssembler {

    private static final long TOLERANCE_NANOS = 10_000_000L;
    private static final long HALF_DAY_NANOS = 43_200_000_000_000L;

    private final Consumer<GnssFix> listener;
    private final NmeaCounters counters;
    private final Epoch epoch = new Epoch();
    private LocalDate date;
    private long lastTimeOfDay = -1;

    private long pendingGstTime = -1;
    private double pendingSigmaLatitude;
    private double pendingSigmaLongitude;
    private double pendingSigmaAltitude;

    EpochAssembler(Consumer<GnssFix> listener, NmeaCounters counters) {
        this.listener = listener;
        this.counters = counters;
    }

    /** The open cycle, for decoders to fill. */
    Epoch epoch() {
        return epoch;
    }

    /** A sentence with a UTC time of day (nanoseconds; negative when absent) arrived. */
    void time(long timeOfDay) {
        if (timeOfDay < 0) {
            return;
        }
        if (epoch.timeOfDay >= 0 && Math.abs(timeOfDay - epoch.timeOfDay) > TOLERANCE_NANOS) {
            flush();
        }
        if (epoch.timeOfDay < 0) {
            epoch.timeOfDay = timeOfDay;
            epoch.anchored = true;
            if (pendingGstTime >= 0 && Math.abs(pendingGstTime - timeOfDay) <= TOLERANCE_NANOS) {
                epoch.sigmaLatitude = pendingSigmaLatitude;
                epoch.sigmaLongitude = pendingSigmaLongitude;
                epoch.sigmaAltitude = pendingSigmaAltitude;
                pendingGstTime = -1;
            }
        }
        if (date != null && lastTimeOfDay >= 0 && timeOfDay < lastTimeOfDay - HALF_DAY_NANOS) {
            date = date.plusDays(1);
        }
        lastTimeOfDay = timeOfDay;
    }

    /** A date from RMC ({@code year} with century) or ZDA; ignored when it is not a real date. */
    void date(int year, int month, int day) {
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            counters.malformed++;
        }
    }

    /** A GST error estimate (metres) for the fix at {@code timeOfDay} (negative: unknown). */
    void sigma(long timeOfDay, double latitude, double longitude, double altitude) {
        if (timeOfDay < 0 || epoch.timeOfDay >= 0 && Math.abs(timeOfDay - epoch.timeOfDay) <= TOLERANCE_NANOS) {
            epoch.sigmaLatitude = latitude;
            epoch.sigmaLongitude = longitude;
            epoch.sigmaAltitude = altitude;
        } else {
            pendingGstTime = timeOfDay;
            pendingSigmaLatitude = latitude;
            pendingSigmaLongitude = longitude;
            pendingSigmaAltitude = altitude;
        }
    }

    /** Reports the open cycle, if it had a time or a position sentence, and starts a new one. */
    void flush() {
        if (epoch.anchored) {
            GnssFix fix = epoch.toFix(date);
            counters.epochs++;
            if (fix.hasPosition()) {
                counters.fixes++;
            }
            epoch.reset();
            listener.accept(fix);
        } else {
            epoch.reset();
        }
    }
}
