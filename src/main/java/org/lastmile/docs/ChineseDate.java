package org.lastmile.docs;

import java.time.LocalDate;

/** Dates on court documents in Chinese numerals: 二〇二六年十一月二十六日. */
final class ChineseDate {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseDate() {
    }

    static String of(LocalDate date) {
        StringBuilder s = new StringBuilder();
        String.valueOf(date.getYear()).chars().forEach(c -> s.append(DIGITS.charAt(c - '0')));
        return s.append('年').append(number(date.getMonthValue())).append('月')
                .append(number(date.getDayOfMonth())).append('日').toString();
    }

    /** 1–31: 一, 十, 十一, 二十, 二十六, 三十一. */
    private static String number(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }
}
