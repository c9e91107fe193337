package org.lastmile.ui.record.edit;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lastmile.common.LocalizedException;
import org.lastmile.ui.common.form.DateInput;

/**
 * Reads the numbers and times typed into the record's forms: a time on site as
 * {@code 2026-11-24 10:05} (in the site's time zone; the date in any form {@link DateInput}
 * reads), a decimal as written ({@code 6.6} stays {@code 6.6}: the seal hashes the exact text),
 * and coordinates in decimal degrees. Tibetan and full-width digits are read too.
 */
public final class FieldInput {

    private static final Pattern TIME = Pattern.compile("(.+?)[\\sT]+(\\d{1,2})[:：](\\d{2})");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    public FieldInput(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * A time on site, or null for blank text.
     *
     * @throws LocalizedException {@code record.time.error.format} or a date's own error
     */
    public Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = TIME.matcher(ascii(text.strip()));
        if (!m.matches()) {
            throw new LocalizedException("record.time.error.format", text.strip());
        }
        LocalDate date = DateInput.parse(m.group(1));
        try {
            return date.atTime(LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))))
                    .atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new LocalizedException("record.time.error.format", text.strip());
        }
    }

    /** The text a form shows for a time: what {@link #time} reads back. */
    public String format(Instant time) {
        return time == null ? "" : SHOWN.format(time.atZone(zone));
    }

    /**
     * A decimal as written, or null for blank text.
     *
     * @throws LocalizedException {@code record.number.error.format} or {@code record.number.error.negative}
     */
    public static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(ascii(text.strip()));
        } catch (NumberFormatException e) {
            throw new LocalizedException("record.number.error.format", text.strip());
        }
        if (value.signum() < 0) {
            throw new LocalizedException("record.number.error.negative", text.strip());
        }
        return value;
    }

    /**
     * Degrees within ±{@code limit}, or null for blank text.
     *
     * @throws LocalizedException {@code record.place.error.coordinate}
     */
    public static Double degrees(String text, double limit) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(ascii(text.strip()));
            if (Math.abs(value) <= limit) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LocalizedException("record.place.error.coordinate", text.strip());
    }

    /** Tibetan and full-width digits and the full-width point as ASCII. */
    public static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp >= 0x0F20 && cp <= 0x0F29) {
                out.append((char) ('0' + cp - 0x0F20));
            } else if (cp >= 0xFF10 && cp <= 0xFF19) {
                out.append((char) ('0' + cp - 0xFF10));
            } else if (cp == 0xFF0E) {
                out.append('.');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
