package org.lastmile.docs;

import java.util.Locale;
import java.util.Optional;

/** Which languages a document shows: Chinese only, Tibetan labels only, or Tibetan above Chinese. */
public enum DocumentLanguage {
    ZH, BO, BOTH;

    public boolean showsChinese() {
        return this != BO;
    }

    public boolean showsTibetan() {
        return this != ZH;
    }

    /** {@code zh}, {@code bo} or {@code both}; empty for anything else. */
    public static Optional<DocumentLanguage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "zh" -> Optional.of(ZH);
            case "bo" -> Optional.of(BO);
            case "both" -> Optional.of(BOTH);
            default -> Optional.empty();
        };
    }
}
