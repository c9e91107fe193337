package org.lastmile.domain.record;

import java.util.Locale;

/** How an interpreter is related to a party (CPL 47: recusal). */
public enum Relationship {
    /** 无利害关系. */
    NONE,
    /** 近亲属 — a close relative. */
    RELATIVE,
    /** 雇佣关系 — employer or employee. */
    EMPLOYMENT,
    /** 代理人 — the party's agent or lawyer. */
    AGENT,
    /** 其他利害关系 — another interest in the case. */
    OTHER_INTEREST;

    /** Whether the relationship disqualifies an interpreter. */
    public boolean conflicts() {
        return this != NONE;
    }

    public String messageKey() {
        return "relationship." + name().toLowerCase(Locale.ROOT);
    }
}
