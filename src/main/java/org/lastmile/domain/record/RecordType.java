package org.lastmile.domain.record;

import java.util.Locale;

/** The kinds of on-site record (笔录) an officer makes. */
public enum RecordType {
    /** 执行笔录 — the general enforcement record. */
    ENFORCEMENT,
    /** 和解（调解）笔录 — a mediation or settlement reached on site. */
    SETTLEMENT,
    /** 土地交付（腾退）笔录 — land handed over or vacated (CPL 261). */
    LAND_HANDOVER,
    /** 勘验笔录 — a site survey record with its sketch (evidence rules 2019, art. 43). */
    SURVEY,
    /** 查封扣押笔录 — a seizure with its inventory (CPL 256). */
    SEIZURE,
    /** 翻译人员保证书 — the interpreter's pledge and conflict declaration. */
    INTERPRETER_PLEDGE,
    /** 执法记录仪使用记录 — the body-camera log. */
    BODY_CAMERA_LOG;

    public String messageKey() {
        return "record.type." + name().toLowerCase(Locale.ROOT);
    }
}
