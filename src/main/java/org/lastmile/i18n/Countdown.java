package org.lastmile.i18n;

/** Days to a deadline as people say it: "3 days left", "due today", "2 days overdue". */
public final class Countdown {

    private Countdown() {
    }

    /** @param days days from today to the due date, negative when overdue */
    public static String of(Messages messages, long days) {
        if (days < 0) {
            return messages.get("countdown.overdue", -days);
        }
        if (days == 0) {
            return messages.get("countdown.today");
        }
        return messages.get("countdown.remaining", days);
    }
}
