package org.lastmile.domain.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.lastmile.common.LocalizedException;

/**
 * A resident identity card number (公民身份号码) per GB 11643-1999: six digits of the address
 * code, eight of the birth date, three of the sequence, and a check character (0–9 or X) computed
 * with ISO 7064 MOD 11-2.
 *
 * @param value the 18 characters, upper case
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /**
     * Checks length, characters, birth date and check character.
     *
     * @throws LocalizedException {@code party.idNumber.error.*}
     */
    public static IdNumber parse(String text) {
        String v = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        if (v.length() != 18) {
            throw new LocalizedException("party.idNumber.error.length", v.length());
        }
        for (int i = 0; i < 17; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                throw new LocalizedException("party.idNumber.error.characters", i + 1);
            }
        }
        char expected = checkCharacter(v.substring(0, 17));
        if (v.charAt(17) != expected) {
            throw new LocalizedException("party.idNumber.error.checkDigit", String.valueOf(v.charAt(17)),
                    String.valueOf(expected));
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)),
                    Integer.parseInt(v.substring(10, 12)), Integer.parseInt(v.substring(12, 14)));
            if (birth.getYear() < 1880 || birth.isAfter(LocalDate.of(2100, 1, 1))) {
                throw new LocalizedException("party.idNumber.error.birthDate", v.substring(6, 14));
            }
        } catch (DateTimeException e) {
            throw new LocalizedException("party.idNumber.error.birthDate", v.substring(6, 14));
        }
        return new IdNumber(v);
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The birth date encoded in the number. */
    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** The number with the middle masked, for redacted exports: {@code 632224********1234}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }
}
