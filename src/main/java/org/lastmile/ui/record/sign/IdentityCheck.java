package org.lastmile.ui.record.sign;

import java.util.Locale;
import org.lastmile.domain.record.Participant;

/**
 * How the officer checked who is signing. The signature keeps the choice as its Chinese words
 * (the language of the record's original text, as the demo record does: 居民身份证, 工作证).
 */
public enum IdentityCheck {
    /** 居民身份证 — the resident ID card was shown. */
    ID_CARD,
    /** 工作证 — a court officer's work card. */
    WORK_CARD,
    /** 其他证件 — another document (household register, passport, driving licence). */
    OTHER_DOCUMENT,
    /** 村（牧）委会代表指认 — pointed out by the committee representative (no document at hand). */
    VOUCHED_BY_COMMITTEE,
    /** 执行人员当面认识 — known to the officers in person. */
    KNOWN_TO_OFFICER;

    public String messageKey() {
        return "signature.identity." + name().toLowerCase(Locale.ROOT);
    }

    /** The usual check for a person: the work card for court staff, the ID card for others. */
    public static IdentityCheck usualFor(Participant p) {
        return switch (p.role()) {
            case OFFICER, CLERK, BAILIFF -> WORK_CARD;
            default -> ID_CARD;
        };
    }
}
