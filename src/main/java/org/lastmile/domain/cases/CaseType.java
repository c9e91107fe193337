package org.lastmile.domain.cases;

import java.util.Locale;
import java.util.Optional;

/** The enforcement case types and their codes in a case number. */
public enum CaseType {
    /** 执 — first enforcement. */
    FIRST("执"),
    /** 执恢 — resumed enforcement, e.g. after closure for now or a broken settlement. */
    RESUMED("执恢"),
    /** 执保 — preservation. */
    PRESERVATION("执保"),
    /** 执异 — objection to enforcement. */
    OBJECTION("执异"),
    /** 执复 — review of an objection decision. */
    REVIEW("执复"),
    /** 执监 — enforcement supervision. */
    SUPERVISION("执监"),
    /** 执协 — coordination between courts. */
    COORDINATION("执协"),
    /** 执他 — other enforcement matters. */
    OTHER("执他");

    private final String code;

    CaseType(String code) {
        this.code = code;
    }

    /** The code written in the case number, e.g. {@code 执恢}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "case.type." + name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CaseType> ofCode(String code) {
        for (CaseType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
