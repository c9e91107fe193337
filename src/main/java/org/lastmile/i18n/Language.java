package org.lastmile.i18n;

import java.util.Locale;
import java.util.Optional;

/** The interface languages LastMile ships, in the order the language switch shows them. */
public enum Language {
    /** 中文 — the default, and the language of the original text of court documents. */
    CHINESE("zh"),
    /** བོད་ཡིག — Tibetan. */
    TIBETAN("bo"),
    /** English, for readers outside China. */
    ENGLISH("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 language tag: {@code zh}, {@code bo} or {@code en}. */
    public String tag() {
        return tag;
    }

    /** The locale without extensions; number formatting adds {@code -u-nu-tibt} where asked. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a locale, or empty when LastMile has no bundle for it. */
    public static Optional<Language> of(Locale locale) {
        for (Language language : values()) {
            if (language.tag.equals(locale.getLanguage())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of a tag such as {@code bo} or {@code zh-CN}, or empty. */
    public static Optional<Language> ofTag(String tag) {
        return tag == null ? Optional.empty() : of(Locale.forLanguageTag(tag.replace('_', '-')));
    }
}
