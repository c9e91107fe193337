package org.lastmile.domain.cases;

/** A loose check of telephone numbers: mobile, landline with area code, or international. */
final class PhoneNumber {

    private PhoneNumber() {
    }

    /** Digits with optional {@code +}, spaces and dashes; 7 to 15 digits in all. */
    static boolean isPlausible(String phone) {
        int digits = 0;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (!(c == ' ' || c == '-' || (c == '+' && i == 0))) {
                return false;
            }
        }
        return digits >= 7 && digits <= 15;
    }
}
