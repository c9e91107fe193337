package org.lastmile.domain.deadline;

import java.util.Locale;

/** Why the case time limit stops running (扣除审限的期间). */
public enum PauseReason {
    /** 评估、鉴定 — valuation or appraisal. */
    VALUATION,
    /** 中止执行 — suspension. */
    SUSPENSION,
    /** 执行和解 — performance of a settlement. */
    SETTLEMENT,
    /** 暂缓执行 — deferral on a guarantee. */
    GUARANTEE_DEFERRAL,
    /** 拍卖、变卖 — auction or sale. */
    AUCTION;

    public String messageKey() {
        return "pause.reason." + name().toLowerCase(Locale.ROOT);
    }
}
