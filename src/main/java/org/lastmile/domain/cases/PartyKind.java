package org.lastmile.domain.cases;

import java.util.Locale;

/** Whether a party is a natural person or an organisation. */
public enum PartyKind {
    /** 自然人. */
    PERSON,
    /** 法人或其他组织 — a company, a village committee, a cooperative. */
    ORGANISATION;

    public String messageKey() {
        return "party.kind." + name().toLowerCase(Locale.ROOT);
    }
}
