package org.lastmile.domain.cases;

import java.util.Locale;

/** The language a person speaks on site; decides whether an interpreter is needed. */
public enum SpokenLanguage {
    /** 汉语 — Chinese (Mandarin or the Qinghai dialect). */
    CHINESE,
    /** 藏语 — Tibetan (Amdo or Kham). */
    TIBETAN,
    /** 蒙古语 — Mongolian (Henan, Haixi). */
    MONGOLIAN,
    /** 其他 — another language. */
    OTHER;

    public String messageKey() {
        return "language.spoken." + name().toLowerCase(Locale.ROOT);
    }
}
