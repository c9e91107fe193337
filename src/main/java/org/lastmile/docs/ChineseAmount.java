package org.lastmile.docs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A sum of money in capital Chinese numerals as receipts write it (大写金额): 壹仟零壹元整,
 * 壹拾元零伍分. Rules of the People's Bank's 《支付结算办法》 annex: a zero inside the number is
 * written once (零), a run of zeros before 万 or 元 is not, 整 after 元 or 角 when there are no 分.
 */
final class ChineseAmount {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] UNITS = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private ChineseAmount() {
    }

    static String of(BigDecimal amount) {
        BigDecimal fen = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2);
        if (fen.signum() < 0) {
            throw new IllegalArgumentException("a negative amount: " + amount);
        }
        long total = fen.longValueExact();
        long yuan = total / 100;
        int jiao = (int) (total / 10 % 10);
        int f = (int) (total % 10);
        StringBuilder s = new StringBuilder();
        if (yuan > 0) {
            s.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && f == 0) {
            return (yuan == 0 ? "零元" : s.toString()) + "整";
        }
        if (jiao > 0) {
            s.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            s.append('零');
        }
        if (f > 0) {
            s.append(DIGITS.charAt(f)).append('分');
        } else {
            s.append('整');
        }
        return s.toString();
    }

    /** A whole number of yuan, groups of four digits (个, 万, 亿). */
    private static String integer(long n) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        String digits = Long.toString(n);
        int len = digits.length();
        for (int i = 0; i < len; i++) {
            int d = digits.charAt(i) - '0';
            int pos = len - 1 - i;
            int unit = pos % 4;
            int group = pos / 4;
            if (d == 0) {
                zero = true;
            } else {
                if (zero && out.length() > 0) {
                    out.append('零');
                }
                zero = false;
                out.append(DIGITS.charAt(d)).append(UNITS[unit]);
            }
            if (unit == 0 && group > 0 && groupHasDigit(digits, i)) {
                out.append(GROUPS[group]);
                zero = false;
                // a zero right after 万 when the next group starts with 0 is written once later
                zero = nextIsZero(digits, i);
            }
        }
        return out.toString();
    }

    private static boolean groupHasDigit(String digits, int endIndex) {
        for (int j = Math.max(0, endIndex - 3); j <= endIndex; j++) {
            if (digits.charAt(j) != '0') {
                return true;
            }
        }
        return false;
    }

    private static boolean nextIsZero(String digits, int i) {
        return i + 1 < digits.length() && digits.charAt(i + 1) == '0';
    }
}
