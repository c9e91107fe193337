package org.lastmile.survey.adjust;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

/**
 * The writing slips of issue 13, applied to a tape value as written to the mm: what the officer
 * wrote for what was taped. Each kind draws where it strikes at random; {@link #write} returns NaN
 * when the kind does not apply to the value (no two different neighbouring digits, a result ≤ 0).
 */
enum WritingSlip {
    /** Two neighbouring digits swapped: 43.984 written 34.984. */
    DIGITS_SWAPPED,
    /** A digit left out: 100.478 written 10.478. */
    DIGIT_DROPPED,
    /** A digit written twice: 54.737 written 554.737. */
    DIGIT_DOUBLED,
    /** A metre too many or too few. */
    ONE_METRE,
    /** Ten metres too many or too few. */
    TEN_METRES,
    /** A hundred metres too many or too few. */
    HUNDRED_METRES,
    /** A 30 m or 50 m tape length counted twice or not at all. */
    TAPE_LENGTH,
    /** The decimal point one place off: 85.368 written 8.5368 or 853.68. */
    DECIMAL_SHIFT,
    /** Any other slip: an amount drawn log-uniformly from 0.5 m to 1,000 m, either sign. */
    ANY_AMOUNT;

    double write(double taped, Random rnd) {
        String text = BigDecimal.valueOf(taped).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        double sign = rnd.nextBoolean() ? 1 : -1;
        double out;
        switch (this) {
            case DIGITS_SWAPPED -> {
                int point = text.indexOf('.');
                // the swap falls among the digits that matter: metres and the first decimal
                String digits = text.replace(".", "");
                int top = Math.min(digits.length() - 1, point + 1);
                int at = -1;
                for (int t = 0; t < 20 && at < 0; t++) {
                    int k = rnd.nextInt(top);
                    if (digits.charAt(k) != digits.charAt(k + 1)) {
                        at = k;
                    }
                }
                if (at < 0) {
                    return Double.NaN;
                }
                char[] c = digits.toCharArray();
                char x = c[at];
                c[at] = c[at + 1];
                c[at + 1] = x;
                String s = new String(c);
                out = Double.parseDouble(s.substring(0, point) + "." + s.substring(point));
            }
            case DIGIT_DROPPED -> {
                int point = text.indexOf('.');
                if (point < 2) {
                    return Double.NaN;
                }
                int k = rnd.nextInt(point); // a digit of the whole metres
                out = Double.parseDouble(text.substring(0, k) + text.substring(k + 1));
            }
            case DIGIT_DOUBLED -> {
                int point = text.indexOf('.');
                int k = rnd.nextInt(point + 1); // a digit of the metres or the first decimal
                if (k == point) {
                    k++;
                }
                out = Double.parseDouble(text.substring(0, k + 1) + text.charAt(k) + text.substring(k + 1));
            }
            case ONE_METRE -> out = taped + sign;
            case TEN_METRES -> out = taped + 10 * sign;
            case HUNDRED_METRES -> out = taped + 100 * sign;
            case TAPE_LENGTH -> out = taped + sign * (rnd.nextBoolean() ? 30 : 50);
            case DECIMAL_SHIFT -> out = sign > 0 ? taped * 10 : taped / 10;
            case ANY_AMOUNT -> out = taped + sign * 0.5 * Math.pow(2000, rnd.nextDouble());
            default -> throw new IllegalStateException();
        }
        out = BigDecimal.valueOf(out).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
        return out > 0.5 && out != taped ? out : Double.NaN;
    }
}
