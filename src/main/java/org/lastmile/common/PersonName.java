package org.lastmile.common;

/**
 * A person's name as recorded in Chinese and in Tibetan (either may be missing): in a Tibetan
 * message the Tibetan name where there is one, otherwise the Chinese name (English messages
 * use the Chinese name, which is the one on official documents).
 *
 * @param zh the name in Chinese, or null
 * @param bo the name in Tibetan script, or null
 */
public record PersonName(String zh, String bo) implements Localized {

    @Override
    public String in(String languageTag) {
        if ("bo".equals(languageTag) && bo != null) {
            return bo;
        }
        return zh != null ? zh : bo;
    }

    /** The Chinese name where there is one: what logs and plain text show. */
    @Override
    public String toString() {
        return in("zh");
    }
}
