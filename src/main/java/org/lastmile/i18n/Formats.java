package org.lastmile.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and numbers in the interface language: long dates with the month names of CLDR
 * ({@code 2026年9月12日}, {@code སྤྱི་ལོ་2026 ཟླ་བ་དགུ་པའི་ཚེས་12}), and Tibetan digits (༡༢༣) when the
 * formatting locale asks for them ({@code bo-u-nu-tibt}). Uses {@link DateTimeFormatter#localizedBy},
 * not {@code withLocale}: only the former honours the locale's numbering system.
 */
public final class Formats {

    private final Language language;
    private final Locale locale;

    private Formats(Language language, Locale locale) {
        this.language = language;
        this.locale = locale;
    }

    /** The formats of a set of messages (its language and formatting locale). */
    public static Formats of(Messages messages) {
        return new Formats(messages.language(), messages.formatLocale());
    }

    /** A date written out: 2026年9月12日, September 12, 2026, སྤྱི་ལོ་2026 ཟླ་བ་དགུ་པའི་ཚེས་12. */
    public String longDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).localizedBy(locale).format(date);
    }

    /** A compact date for tables: 2026/9/12, 2026-09-12, Sep 12, 2026. */
    public String shortDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        // English SHORT has a two-digit year, which court work cannot use.
        FormatStyle style = language == Language.ENGLISH ? FormatStyle.MEDIUM : FormatStyle.SHORT;
        return DateTimeFormatter.ofLocalizedDate(style).localizedBy(locale).format(date);
    }

    /** A time of day: 14:03. */
    public String time(LocalDateTime time) {
        return DateTimeFormatter.ofPattern("HH:mm").localizedBy(locale).format(time);
    }

    /** A quantity with up to two decimals and grouping: 6.6, 48,000. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(2, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** A whole number: 12, 10,000. */
    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public Locale locale() {
        return locale;
    }
}
