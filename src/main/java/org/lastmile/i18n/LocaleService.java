package org.lastmile.i18n;

import java.util.HashMap;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
    /**
     * The texts {@link #text} made, with what computes each, while something holds them (a label
     * bound to one): lets the window compute ahead what a composed text (a name and a role, a
     * message and a number) will read after a switch ({@link #textsIn}). Weak: a binding goes with
     * its label.
     */
    private final java.util.Set<Made> made = java.util.Collections.newSetFromMap(new WeakHashMap<>());
    /** The messages a text is computed in while it is computed ahead in another language. */
    private final ThreadLocal<Messages> ahead = new ThreadLocal<>();
    private boolean rehearsing;

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
        Messages computing = ahead.get();
        return computing != null ? computing.language() : language.get();
    }

    public void setLanguage(Language value) {
        language.set(Objects.requireNonNull(value));
    }

    /**
     * Switches to {@code other}, runs {@code whileSwitched}, and switches back, in one call: the
     * window lays itself out (and draws off screen) in the other language without a frame of it
     * being shown, so that the user's first switch costs what the later ones do (ScriptWarmUp).
     * Listeners that do more on a switch than show it (remember the language, commit a field,
     * set the JVM's default locale) skip these two changes: {@link #isRehearsing()}. Call on the
     * FX thread.
     */
    public void rehearse(Language other, Runnable whileSwitched) {
        Language now = language.get();
        if (other == now || rehearsing) {
            return;
        }
        rehearsing = true;
        try {
            language.set(other);
            whileSwitched.run();
        } finally {
            language.set(now);
            rehearsing = false;
        }
    }

    /** Whether the language is changing only for a rehearsal ({@link #rehearse}) and changes back. */
    public boolean isRehearsing() {
        return rehearsing;
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
        Messages computing = ahead.get();
        return computing != null ? computing : messages.get();
    }

    /** The current formatting locale. */
    public Locale formatLocale() {
        return messages().formatLocale();
    }

    /** Looks a message up in the current language. */
    public String get(String key, Object... args) {
        return messages().get(key, args);
    }

    /** A string that follows the language: bind a label's text to it. */
    public StringBinding text(String key, Object... args) {
        return kept(() -> messages().get(key, args), messages);
    }

    /** A string computed from the current messages, recomputed when the language changes. */
    public StringBinding text(Function<Messages, String> compute) {
        return kept(() -> compute.apply(messages()), messages);
    }

    /**
     * Like {@link #text(Function)} with further dependencies (for example a view model value). The
     * computation reads the language through this service ({@link #messages()}, {@link #get},
     * {@link #getLanguage()}), so that {@link #textsIn} can compute it ahead in another.
     */
    public StringBinding text(Callable<String> compute, javafx.beans.Observable... dependencies) {
        javafx.beans.Observable[] all = new javafx.beans.Observable[dependencies.length + 1];
        all[0] = messages;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return kept(compute, all);
    }

    private StringBinding kept(Callable<String> compute, javafx.beans.Observable... dependencies) {
        Made binding = new Made(compute, dependencies);
        synchronized (made) {
            made.add(binding);
        }
        return binding;
    }

    /**
     * A text made by {@link #text}: {@code Bindings.createStringBinding}'s binding, which also
     * tells what computes it (kept in a weak set, the computation only through its binding: a
     * computation may hold the label that holds the binding).
     */
    private static final class Made extends StringBinding {
        private final Callable<String> compute;
        private final javafx.beans.Observable[] dependencies;

        Made(Callable<String> compute, javafx.beans.Observable... dependencies) {
            this.compute = compute;
            this.dependencies = dependencies;
            bind(dependencies);
        }

        @Override
        protected String computeValue() {
            try {
                return compute.call();
            } catch (Exception e) {
                // As Bindings.createStringBinding: a failing computation shows as an empty text.
                System.getLogger(LocaleService.class.getName()).log(System.Logger.Level.WARNING,
                        "a text could not be computed", e);
                return "";
            }
        }

        @Override
        public void dispose() {
            unbind(dependencies);
        }

        @Override
        public javafx.collections.ObservableList<?> getDependencies() {
            return javafx.collections.FXCollections.unmodifiableObservableList(
                    javafx.collections.FXCollections.observableArrayList(dependencies));
        }
    }

    /**
     * What the texts made by {@link #text} that read as they do now will read in another language:
     * for a text shown now, the same computation with that language's messages (the first of the
     * bindings showing it; empty when none does). Nothing changes meanwhile: no binding is
     * invalidated, no listener told. For the window's warm-up of the other language
     * ({@code ScriptWarmUp}); call on the FX thread, where the bindings are read.
     */
    public Function<String, Optional<String>> textsIn(Language other) {
        Map<String, Callable<String>> shown = new HashMap<>();
        synchronized (made) {
            for (Made binding : made) {
                if (binding.isValid()) {
                    shown.putIfAbsent(binding.get(), binding.compute);
                }
            }
        }
        Messages there = messagesIn(other);
        return text -> {
            Callable<String> compute = shown.get(text);
            if (compute == null) {
                return Optional.empty();
            }
            ahead.set(there);
            try {
                return Optional.ofNullable(compute.call());
            } catch (Exception | LinkageError e) {
                return Optional.empty(); // computed ahead only to measure it: the switch computes it again
            } finally {
                ahead.remove();
            }
        };
    }
}
