package org.lastmile.domain.cases;

import java.util.Locale;
import org.lastmile.common.LocalizedException;

/**
 * A unified social credit code (统一社会信用代码) of an organisation per GB 32100-2015: 18
 * characters from a 31-character alphabet (no I, O, S, V, Z), the last a check character.
 *
 * @param value the 18 characters, upper case
 */
public record CreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** @throws LocalizedException {@code party.creditCode.error.*} */
    public static CreditCode parse(String text) {
        String v = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (v.length() != 18) {
            throw new LocalizedException("party.creditCode.error.length", v.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(v.charAt(i));
            if (value < 0) {
                throw new LocalizedException("party.creditCode.error.characters", i + 1);
            }
            sum += value * WEIGHTS[i];
        }
        char expected = ALPHABET.charAt((31 - sum % 31) % 31);
        if (v.charAt(17) != expected) {
            throw new LocalizedException("party.creditCode.error.checkDigit", String.valueOf(v.charAt(17)),
                    String.valueOf(expected));
        }
        return new CreditCode(v);
    }
}
