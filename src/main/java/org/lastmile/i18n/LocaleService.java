package org.lastmile.i18n;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The interface language while the app runs. One instance is made by the composition root and
 * passed to every view and view model; switching the language re-labels everything bound to it,
 * dates and numbers included, without a restart.
 */
public final class LocaleService {

    private final ObjectProperty<Language> language;
    private final BooleanProperty tibetanDigits = new SimpleBooleanProperty(this, "tibetanDigits", false);
    private final ReadOnlyObjectWrapper<Messages> messages = new ReadOnlyObjectWrapper<>(this, "messages");
    private final Map<String, Messages> loaded = new HashMap<>();

    public LocaleService(Language initial) {
        language = new SimpleObjectProperty<>(this, "language", Objects.requireNonNull(initial));
        messages.set(load());
        language.addListener((obs, old, now) -> messages.set(load()));
        tibetanDigits.addListener((obs, old, now) -> messages.set(load()));
    }

    private Messages load() {
        return messagesIn(language.get());
    }

    /**
     * The messages of a language with the current digit setting, the same instance a switch to it
     * will use: kept per language and digits (an interpreter switches back and forth all day, and
     * a kept Messages keeps the messages it has formatted, see Messages#get). Lets the window read
     * the other language's bundle before the first switch ({@code ScriptWarmUp}).
     */
    public Messages messagesIn(Language in) {
        Locale format = formatLocale(in, tibetanDigits.get());
        return loaded.computeIfAbsent(in.tag() + "|" + format.toLanguageTag(), k -> Messages.of(in, format));
    }

    /** The locale for numbers and dates: Tibetan digits only in Tibetan and only when chosen. */
    public static Locale formatLocale(Language language, boolean tibetanDigits) {
        if (language == Language.TIBETAN && tibetanDigits) {
            return Locale.forLanguageTag("bo-u-nu-tibt");
        }
        return language.locale();
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language getLanguage() {
        return language.get();
    }

    public void setLanguage(Language value) {
        language.set(Objects.requireNonNull(value));
    }

    /** Whether numbers and dates use Tibetan digits (༡༢༣) when the interface is in Tibetan. */
    public BooleanProperty tibetanDigitsProperty() {
        return tibetanDigits;
    }

    /** The current messages; changes whenever the language or the digit setting changes. */
    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages.get();
    }

    /** The current formatting locale. */
    public Locale formatLocale() {
        return messages.get().formatLocale();
    }

    /** Looks a message up in the current language. */
    public String get(String key, Object... args) {
        return messages.get().get(key, args);
    }

    /** A string that follows the language: bind a label's text to it. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> messages.get().get(key, args), messages);
    }

    /** A string computed from the current messages, recomputed when the language changes. */
    public StringBinding text(Function<Messages, String> compute) {
        return Bindings.createStringBinding(() -> compute.apply(messages.get()), messages);
    }

    /** Like {@link #text(Function)} with further dependencies (for example a view model value). */
    public StringBinding text(Callable<String> compute, javafx.beans.Observable... dependencies) {
        javafx.beans.Observable[] all = new javafx.beans.Observable[dependencies.length + 1];
        all[0] = messages;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(compute, all);
    }
}
