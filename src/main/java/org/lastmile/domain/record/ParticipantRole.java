package org.lastmile.domain.record;

import java.util.Locale;

/** Who someone is on site. */
public enum ParticipantRole {
    /** 执行员 / 执行法官 — an enforcement officer. */
    OFFICER,
    /** 书记员 — the clerk. */
    CLERK,
    /** 司法警察 — a bailiff. */
    BAILIFF,
    /** 当事人 — a party of the case (applicant, respondent, …). */
    PARTY,
    /** 委托代理人 — an agent of a party, with general or special authority. */
    AGENT,
    /** 村（牧）委会代表 — the representative of the village or herders' committee (基层组织). */
    COMMITTEE_REPRESENTATIVE,
    /** 司法所工作人员 — staff of the township justice office. */
    JUSTICE_OFFICE_STAFF,
    /** 见证人 — another witness. */
    WITNESS,
    /** 翻译人员 — the interpreter. */
    INTERPRETER,
    /** 测量人员 — a surveyor (e.g. from the land bureau). */
    SURVEYOR;

    /** Court staff count as officers for the two-officer rules. */
    public boolean isOfficer() {
        return this == OFFICER;
    }

    public String messageKey() {
        return "participant.role." + name().toLowerCase(Locale.ROOT);
    }
}
