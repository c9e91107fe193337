package org.lastmile.ui.controls;

import java.util.Locale;
import javafx.beans.value.ChangeListener;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;

/**
 * The one place where LastMile sets {@link Locale#setDefault}: JavaFX looks up the strings of its
 * own controls (a new dialog's OK button, the date picker, a new text field's menu) for
 * {@code Locale.getDefault()} every time it makes one, and offers no other way to choose the
 * language. While this bridge is open, the JVM's default locale follows the interface language
 * of the {@link LocaleService}, so that controls made after a switch come out in the new
 * language; {@link ControlStrings} re-labels those already on screen.
 *
 * <p>The default locale is global: code that formats with the default locale changes language
 * with it. LastMile formats with {@code LocaleService.formatLocale()} explicitly, never with the
 * default; the composition root opens the bridge once and closes it on exit.
 */
public final class JavaFxDefaultLocale implements AutoCloseable {

    private final LocaleService locale;
    private final Locale before;
    private final ChangeListener<Language> onChange;

    private JavaFxDefaultLocale(LocaleService locale) {
        this.locale = locale;
        this.before = Locale.getDefault();
        // Not for a rehearsal of a switch: the default locale is the JVM's, read by other threads too.
        this.onChange = (obs, old, now) -> {
            if (!locale.isRehearsing()) {
                apply(now);
            }
        };
        apply(locale.getLanguage());
        locale.languageProperty().addListener(onChange);
    }

    /** Makes {@code Locale.getDefault()} follow the interface language until closed. */
    public static JavaFxDefaultLocale follow(LocaleService locale) {
        return new JavaFxDefaultLocale(locale);
    }

    private static void apply(Language language) {
        Locale.setDefault(language.locale());
    }

    /** Stops following and restores the default locale there was before. */
    @Override
    public void close() {
        locale.languageProperty().removeListener(onChange);
        Locale.setDefault(before);
    }
}
