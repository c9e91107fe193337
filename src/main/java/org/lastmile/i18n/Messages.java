package org.lastmile.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.lastmile.common.Localized;
import org.lastmile.common.MessageKeyed;

/**
 * The messages of one language, read from {@code i18n/messages_xx.properties} (UTF-8). Bundles are
 * loaded without fallback: a missing Tibetan bundle must fail loudly instead of showing Chinese.
 */
public final class Messages {

    /** The base name of the bundles on the classpath. */
    public static final String BUNDLE = "messages";

    private static final ResourceBundle.Control NO_FALLBACK = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            // Only the language's own bundle: no root bundle to fall back to.
            return List.of(new Locale(locale.getLanguage()));
        }
    };

    private final Language language;
    private final Locale formatLocale;
    private final ResourceBundle bundle;
    /** Messages without arguments, formatted once (a language switch asks for hundreds of them). */
    private final Map<String, String> plain = new ConcurrentHashMap<>();
    /**
     * The messages with arguments formatted lately, by their text: what a text on screen is in
     * another language ({@link #sameIn}), so that the window can ready it before a switch.
     */
    private final Map<String, Call> recent = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Call> eldest) {
                    return size() > 4_000;
                }
            });

    private record Call(String key, Object[] args) {
    }

    private Messages(Language language, Locale formatLocale, ResourceBundle bundle) {
        this.language = language;
        this.formatLocale = formatLocale;
        this.bundle = bundle;
    }

    /** Loads the bundle of a language; throws {@link MissingResourceException} if it is absent. */
    public static Messages of(Language language) {
        return of(language, language.locale());
    }

    /**
     * Loads the bundle of a language whose numbers and dates are formatted in {@code formatLocale}
     * (for example {@code bo-u-nu-tibt} for Tibetan digits).
     */
    public static Messages of(Language language, Locale formatLocale) {
        return new Messages(language, formatLocale,
                ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK));
    }

    /** The locale that numbers and dates in messages are formatted in. */
    public Locale formatLocale() {
        return formatLocale;
    }

    public Language language() {
        return language;
    }

    /** The raw bundle, for JavaFX and for the bundle consistency test. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** Whether the bundle has the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The message for a key, formatted with {@link MessageFormat} in this language (a literal
     * apostrophe is written {@code ''}; English values use the typographic ’ instead). A missing key shows as {@code !key!} so that it is seen, never as a crash.
     */
    public String get(String key, Object... args) {
        if (args.length == 0) {
            return plain.computeIfAbsent(key, k -> format(k, args));
        }
        String text = format(key, args);
        recent.put(text, new Call(key, args.clone()));
        return text;
    }

    /**
     * The same message in other messages, for a text these formatted lately with arguments (the
     * arguments as they were then), or empty when these did not.
     */
    public java.util.Optional<String> sameIn(Messages other, String text) {
        Call call = recent.get(text);
        return call == null ? java.util.Optional.empty() : java.util.Optional.of(other.get(call.key(), call.args()));
    }

    private String format(String key, Object[] args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof MessageKeyed keyed) {
                resolved[i] = get(keyed);
            } else if (resolved[i] instanceof Localized own) {
                resolved[i] = own.in(language().tag());
            }
        }
        // Always through MessageFormat, so that every value follows the same quoting rules.
        return new MessageFormat(pattern, formatLocale).format(resolved);
    }

    /** The message of a keyed problem or value. */
    public String get(MessageKeyed keyed) {
        return get(keyed.messageKey(), keyed.messageArgs());
    }
}
