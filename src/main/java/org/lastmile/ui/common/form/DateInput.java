package org.lastmile.ui.common.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lastmile.common.LocalizedException;

/**
 * Reads a date typed into a form: {@code 2026-09-12}, {@code 2026/9/12}, {@code 2026.9.12},
 * {@code 2026年9月12日}, with Arabic, full-width or Tibetan digits (༢༠༢༦-༠༩-༡༢). A date that does not
 * exist (2026-02-30) is refused as impossible, not moved to the next valid day.
 */
public final class DateInput {

    private static final Pattern FORM =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private DateInput() {
    }

    /**
     * The date in the text, or null for blank text.
     *
     * @throws LocalizedException {@code form.date.error.format} or {@code form.date.error.impossible}
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String input = asciiDigits(text.strip());
        Matcher m = FORM.matcher(input);
        if (!m.matches()) {
            throw new LocalizedException("form.date.error.format", text.strip());
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new LocalizedException("form.date.error.impossible", text.strip());
        }
    }

    /** The text a form shows for a date: ISO, which every reader of the form can type back. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Tibetan (U+0F20–U+0F29) and full-width digits as ASCII digits. */
    static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp >= 0x0F20 && cp <= 0x0F29) {
                out.append((char) ('0' + cp - 0x0F20));
            } else if (cp >= 0xFF10 && cp <= 0xFF19) {
                out.append((char) ('0' + cp - 0xFF10));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
