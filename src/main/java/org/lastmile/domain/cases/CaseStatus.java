package org.lastmile.domain.cases;

import java.util.Locale;

/** Where a case stands. */
public enum CaseStatus {
    /** 已立案 — filed, not yet worked on. */
    FILED(true),
    /** 执行中 — in progress. */
    IN_PROGRESS(true),
    /** 中止执行 — suspended. */
    SUSPENDED(true),
    /** 和解履行中 — a settlement is being performed. */
    SETTLEMENT(true),
    /** 终结本次执行 — closed for now (终本); searched again every 6 months. */
    CLOSED_FOR_NOW(false),
    /** 执行完毕 — fully performed. */
    CONCLUDED(false),
    /** 终结执行 — terminated. */
    TERMINATED(false);

    private final boolean open;

    CaseStatus(boolean open) {
        this.open = open;
    }

    /** Whether deadlines still run. */
    public boolean isOpen() {
        return open;
    }

    public String messageKey() {
        return "case.status." + name().toLowerCase(Locale.ROOT);
    }
}
