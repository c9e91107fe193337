package org.lastmile.ui.main;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.lastmile.common.MessageKeyed;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.service.SettingsService;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.Problems;
import org.lastmile.ui.common.UndoState;

/**
 * The window's own state: the interface language and the digit setting (remembered in the
 * store's settings the moment they change), whether demo cases are on screen, and undo and redo
 * of the active screen.
 */
public final class MainViewModel {

    private final LocaleService locale;
    private final SettingsService settings;
    private final Background background;
    private final Supplier<String> actor;
    private final ObjectProperty<UndoState> activeUndo = new SimpleObjectProperty<>(this, "activeUndo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final BooleanProperty demoShown = new SimpleBooleanProperty(this, "demoShown");
    private final ReadOnlyObjectWrapper<MessageKeyed> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<MessageKeyed> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private Predicate<MessageKeyed> confirmer = question -> false;

    /** @param actor who changes a setting (the profile officer's id) */
    public MainViewModel(LocaleService locale, SettingsService settings, Background background, Supplier<String> actor) {
        this.locale = locale;
        this.settings = settings;
        this.background = background;
        this.actor = actor;
        locale.languageProperty().addListener((obs, old, now) -> {
            if (!locale.isRehearsing()) {
                remember(who -> settings.rememberLanguage(now.tag(), who));
            }
        });
        locale.tibetanDigitsProperty().addListener((obs, old, now) -> remember(who -> settings.rememberTibetanDigits(
                now, who)));
        activeUndo.addListener((obs, old, now) -> follow(now));
    }

    /**
     * The language to start in: one asked for on the command line, else the remembered one, else
     * the environment's, else Chinese.
     */
    public static Language startLanguage(Optional<Language> explicit, Optional<String> remembered,
            Optional<Language> environment) {
        return explicit.or(() -> remembered.flatMap(Language::ofTag)).or(() -> environment)
                .orElse(Language.CHINESE);
    }

    /** The remembered digit setting (off unless turned on). */
    public static boolean startTibetanDigits(Optional<String> remembered) {
        return remembered.map(Boolean::parseBoolean).orElse(false);
    }

    private void remember(java.util.function.Consumer<String> change) {
        String who = actor.get();
        background.run(() -> {
            change.accept(who);
            return null;
        }, done -> { }, failure -> problem.set(Problems.of(failure)));
    }

    /** Remembers which screens are open (on the store thread, as they change). */
    public void rememberScreens(OpenScreens open) {
        String text = open.encode();
        background.run(() -> {
            settings.rememberOpenScreens(text);
            return null;
        }, done -> { }, failure -> problem.set(Problems.of(failure)));
    }

    /** Reads the screens remembered open and hands them to {@code reopen} on the FX thread. */
    public void reopenScreens(java.util.function.Consumer<OpenScreens> reopen) {
        background.run(settings::openScreens, found -> found.map(OpenScreens::parse).ifPresent(reopen),
                failure -> problem.set(Problems.of(failure)));
    }

    public ObjectProperty<Language> languageProperty() {
        return locale.languageProperty();
    }

    public BooleanProperty tibetanDigitsProperty() {
        return locale.tibetanDigitsProperty();
    }

    /** The undo history of the active screen, or null. */
    public ObjectProperty<UndoState> activeUndoProperty() {
        return activeUndo;
    }

    /** Whether the active screen has an edit to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void follow(UndoState state) {
        canUndo.unbind();
        canRedo.unbind();
        if (state == null) {
            canUndo.set(false);
            canRedo.set(false);
        } else {
            canUndo.bind(state.canUndoProperty());
            canRedo.bind(state.canRedoProperty());
        }
    }

    /**
     * Who confirms an undo or redo step that the screen marks as needing it (the step's
     * description in, the answer out); the window asks the user in a dialog. Until set, such a
     * step is not done.
     */
    public void confirmStepsWith(Predicate<MessageKeyed> confirmer) {
        this.confirmer = confirmer;
    }

    /**
     * Undoes the active screen's latest edit (after asking, when it takes back a signature);
     * false when there is nothing to undo.
     */
    public boolean undo() {
        UndoState state = activeUndo.get();
        if (state == null || !state.history().canUndo()) {
            return false;
        }
        Optional<MessageKeyed> ask = state.undoToConfirm();
        if (ask.isEmpty() || confirmer.test(new MessageKey("confirm.undo", ask.get()))) {
            state.undo();
        }
        return true;
    }

    public boolean redo() {
        UndoState state = activeUndo.get();
        if (state == null || !state.history().canRedo()) {
            return false;
        }
        Optional<MessageKeyed> ask = state.redoToConfirm();
        if (ask.isEmpty() || confirmer.test(new MessageKey("confirm.redo", ask.get()))) {
            state.redo();
        }
        return true;
    }

    /** Whether demo cases are on screen (the window shows a marker). */
    public BooleanProperty demoShownProperty() {
        return demoShown;
    }

    /** The last failure to remember a setting, or null. */
    /** Tells the user, in the status line, what background care of the data did (checked, backed up). */
    public void notice(MessageKeyed message) {
        notice.set(message);
    }

    public ReadOnlyObjectProperty<MessageKeyed> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MessageKeyed> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
