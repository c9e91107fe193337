package org.lastmile.domain.cases;

import java.time.Year;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.court.Court;
import org.lastmile.domain.court.CourtTable;

/**
 * A case number (案号) such as {@code (2023)青2224执123号}: year, court code, case type, serial.
 *
 * @param year the year in the brackets
 * @param court the court whose code follows the brackets
 * @param type the enforcement case type
 * @param serial the serial number within court, type and year (from 1)
 */
public record CaseNumber(int year, Court court, CaseType type, int serial) {

    /** Earliest year accepted: the case-number rules of the SPC date from 2016. */
    public static final int FIRST_YEAR = 2000;

    // Full- or half-width brackets; court = province abbreviation + 0, 2 or 4 digits; type = 执…
    private static final Pattern FORM = Pattern.compile(
            "[（(](\\d{4})[)）]\\s*(\\p{IsHan})(\\d{2}|\\d{4})?\\s*(执[恢保异复监协他]?)\\s*(\\d{1,6})\\s*号");

    public CaseNumber {
        Objects.requireNonNull(court);
        Objects.requireNonNull(type);
    }

    /**
     * Parses and checks a case number against the court table.
     *
     * @throws LocalizedException {@code case.number.error.*} naming what is wrong
     */
    public static CaseNumber parse(String text, CourtTable courts, Year currentYear) {
        String input = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(input);
        if (input.isEmpty() || !m.matches()) {
            throw new LocalizedException("case.number.error.format", input);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > currentYear.getValue()) {
            throw new LocalizedException("case.number.error.year", year, currentYear.getValue());
        }
        String courtCode = m.group(2) + (m.group(3) == null ? "" : m.group(3));
        Court court = courts.find(courtCode)
                .orElseThrow(() -> new LocalizedException("case.number.error.court", courtCode));
        CaseType type = CaseType.ofCode(m.group(4))
                .orElseThrow(() -> new LocalizedException("case.number.error.type", m.group(4)));
        int serial = Integer.parseInt(m.group(5));
        if (serial == 0) {
            throw new LocalizedException("case.number.error.serial", input);
        }
        return new CaseNumber(year, court, type, serial);
    }

    /** The canonical text with half-width brackets: {@code (2023)青2224执123号}. */
    @Override
    public String toString() {
        return "(" + year + ")" + court.code() + type.code() + serial + "号";
    }
}
