package org.lastmile.gnss.fix;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The UTC time of a fix. NMEA position sentences carry only the time of day; the date comes from
 * RMC or ZDA, so a log that has neither yields times without a date.
 *
 * @param date the UTC date, or {@code null} when the log has not told it (yet)
 * @param timeOfDay the UTC time of day
 */
public record FixTime(LocalDate date, LocalTime timeOfDay) implements Comparable<FixTime> {

    public FixTime {
        Objects.requireNonNull(timeOfDay, "timeOfDay");
    }

    /** A time on a known date. */
    public static FixTime of(LocalDate date, long nanoOfDay) {
        return new FixTime(date, LocalTime.ofNanoOfDay(nanoOfDay));
    }

    /** The date, when known. */
    public Optional<LocalDate> knownDate() {
        return Optional.ofNullable(date);
    }

    /** The instant, when the date is known. */
    public Optional<Instant> instant() {
        return date == null ? Optional.empty() : Optional.of(date.atTime(timeOfDay).toInstant(ZoneOffset.UTC));
    }

    /**
     * Seconds from {@code earlier} to this time; without dates the two are taken to be on the
     * same day, or on consecutive days when the time of day went back by more than twelve hours.
     */
    public double secondsSince(FixTime earlier) {
        if (date != null && earlier.date != null) {
            long days = date.toEpochDay() - earlier.date.toEpochDay();
            return days * 86_400.0 + (timeOfDay.toNanoOfDay() - earlier.timeOfDay.toNanoOfDay()) / 1e9;
        }
        double seconds = (timeOfDay.toNanoOfDay() - earlier.timeOfDay.toNanoOfDay()) / 1e9;
        return seconds < -43_200 ? seconds + 86_400 : seconds;
    }

    @Override
    public int compareTo(FixTime other) {
        double seconds = secondsSince(other);
        return seconds > 0 ? 1 : seconds < 0 ? -1 : 0;
    }

    /**
     * ISO-8601: {@code 2020-03-18T13:28:20.600Z} with a date, {@code 13:28:20.600} without. The
     * fraction has three digits unless the receiver gave more.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(24);
        if (date != null) {
            text.append(date).append('T');
        }
        appendTwo(text, timeOfDay.getHour()).append(':');
        appendTwo(text, timeOfDay.getMinute()).append(':');
        appendTwo(text, timeOfDay.getSecond());
        int nanos = timeOfDay.getNano();
        String fraction = Integer.toString(1_000_000_000 + nanos).substring(1);
        int digits = 9;
        while (digits > 3 && fraction.charAt(digits - 1) == '0') {
            digits--;
        }
        text.append('.').append(fraction, 0, digits);
        if (date != null) {
            text.append('Z');
        }
        return text.toString();
    }

    private static StringBuilder appendTwo(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
