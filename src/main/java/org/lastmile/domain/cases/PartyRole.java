package org.lastmile.domain.cases;

import java.util.Locale;

/** The role of a party in an enforcement case. */
public enum PartyRole {
    /** 申请执行人 — the party who applied for enforcement. */
    APPLICANT,
    /** 被执行人 — the party against whom the title is enforced. */
    RESPONDENT,
    /** 利害关系人 — an interested party (CPL 236). */
    INTERESTED_PARTY,
    /** 案外人 — an outsider objecting to the enforcement (CPL 238). */
    OUTSIDER,
    /** 次债务人 — a third party who owes the respondent. */
    THIRD_PARTY_DEBTOR,
    /** 协助执行人 — a unit assisting the enforcement. */
    ASSISTING_UNIT,
    /** 担保人 — a guarantor. */
    GUARANTOR,
    /** 委托代理人 — an agent (with special authority where the act requires it). */
    AGENT;

    public String messageKey() {
        return "party.role." + name().toLowerCase(Locale.ROOT);
    }
}
