package org.lastmile.domain.deadline;

import java.util.Locale;

/** What was frozen or seized; decides how long the measure lasts before it must be renewed. */
public enum SeizureKind {
    /** 冻结银行存款 — a frozen deposit (1 year). */
    DEPOSIT,
    /** 查封、扣押动产 — seized movables, e.g. livestock or a vehicle (2 years). */
    MOVABLE,
    /** 查封不动产 — sealed real property (3 years). */
    REAL_PROPERTY,
    /** 冻结其他财产权 — other property rights (3 years). */
    OTHER_RIGHT;

    public String messageKey() {
        return "seizure.kind." + name().toLowerCase(Locale.ROOT);
    }
}
