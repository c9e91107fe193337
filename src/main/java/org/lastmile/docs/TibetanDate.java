package org.lastmile.docs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A date in Tibetan from the JDK's CLDR data for {@code bo} (month names in Tibetan, Arabic digits as official documents use). */
final class TibetanDate {

    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("bo"));

    private TibetanDate() {
    }

    static String of(LocalDate date) {
        return LONG.format(date);
    }
}
