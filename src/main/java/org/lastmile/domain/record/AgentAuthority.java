package org.lastmile.domain.record;

import java.util.Locale;

/** The authority an agent holds (授权委托书). */
public enum AgentAuthority {
    /** 一般授权 — general authority. */
    GENERAL,
    /** 特别授权 — special authority: needed to settle, admit or waive claims. */
    SPECIAL;

    public String messageKey() {
        return "agent.authority." + name().toLowerCase(Locale.ROOT);
    }
}
