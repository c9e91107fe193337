package org.lastmile.domain.cases;

import java.util.Locale;

/** The function of court staff on a case or on site. */
public enum OfficerRole {
    /** 执行法官 — enforcement judge. */
    JUDGE,
    /** 执行员 — enforcement officer. */
    OFFICER,
    /** 法官助理 — judge's assistant. */
    ASSISTANT,
    /** 书记员 — clerk. */
    CLERK,
    /** 司法警察 — bailiff. */
    BAILIFF;

    public String messageKey() {
        return "officer.role." + name().toLowerCase(Locale.ROOT);
    }
}
