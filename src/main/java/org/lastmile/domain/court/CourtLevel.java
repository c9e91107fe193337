package org.lastmile.domain.court;

/** The level of a people's court, which shows in the length of its code in a case number. */
public enum CourtLevel {
    /** 高级人民法院 — the provincial high court; its code is the province abbreviation (青). */
    HIGH,
    /** 中级人民法院 — an intermediate court; 青 + 2 digits. */
    INTERMEDIATE,
    /** 基层人民法院 — a basic (county) court; 青 + 4 digits. */
    BASIC;

    public String messageKey() {
        return "court.level." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
