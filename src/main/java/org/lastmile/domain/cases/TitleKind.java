package org.lastmile.domain.cases;

import java.util.Locale;

/** The kind of document being enforced (执行依据). */
public enum TitleKind {
    /** 民事判决书 — civil judgment. */
    JUDGMENT(false),
    /** 民事调解书 — court mediation document. */
    MEDIATION(false),
    /** 确认调解协议裁定书 — ruling confirming a people's mediation agreement (司法确认). */
    CONFIRMED_MEDIATION(false),
    /** 民事裁定书 — civil ruling. */
    RULING(false),
    /** 仲裁裁决书 — arbitral award (incl. rural land contract arbitration). */
    ARBITRAL_AWARD(true),
    /** 公证债权文书 — notarized debt instrument. */
    NOTARIZED_DEBT(true),
    /** 行政决定 — administrative decision enforced by the court (非诉行政执行). */
    ADMINISTRATIVE_DECISION(true);

    private final boolean nonLitigation;

    TitleKind(boolean nonLitigation) {
        this.nonLitigation = nonLitigation;
    }

    /** Documents made outside litigation have a shorter case time limit (3 months, domain.md). */
    public boolean isNonLitigation() {
        return nonLitigation;
    }

    public String messageKey() {
        return "title.kind." + name().toLowerCase(Locale.ROOT);
    }
}
