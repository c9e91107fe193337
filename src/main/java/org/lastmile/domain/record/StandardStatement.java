package org.lastmile.domain.record;

import java.util.Locale;

/**
 * The standard sentences of a record (documents.md), inserted with one keystroke in both
 * languages. The text lives in the bundles under {@link #messageKey()}; its arguments are the
 * court, the officers and clerk, the case number and the interpreter.
 */
public enum StandardStatement {
    /** 表明身份 — who we are and why we are here. */
    IDENTITY,
    /** 权利义务告知 — rights and duties, with the penalty for lying (CPL 252). */
    RIGHTS_AND_DUTIES,
    /** 告知全程录音录像 — the whole operation is recorded. */
    RECORDING_NOTICE,
    /** 回避 — do you ask for the recusal of the officers, clerk or interpreter? */
    RECUSAL_QUESTION,
    /** 还有什么补充 — anything to add? */
    CLOSING_QUESTION,
    /** 宣读确认 — the record was read back in your language and is correct. */
    READ_BACK;

    public String messageKey() {
        return "statement." + name().toLowerCase(Locale.ROOT);
    }
}
