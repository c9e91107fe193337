package org.lastmile.ui.main;

import org.lastmile.service.SettingsService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.edit.SnapshotEdit;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.store.settings.Settings;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.UndoState;

@ExtendWith(FxThread.class)
class MainViewModelTest {

    @TempDir
    Path dir;
    UiFixture fx;
    LocaleService locale;
    MainViewModel model;

    @BeforeEach
    void open() {
        fx = new UiFixture(dir);
        locale = new LocaleService(Language.CHINESE);
        model = new MainViewModel(locale, SettingsService.of(fx.store), fx.background, () -> "test-officer");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theLanguageAndTheDigitSettingAreRememberedInTheStore() {
        model.languageProperty().set(Language.TIBETAN);
        model.tibetanDigitsProperty().set(true);
        assertThat(fx.store.settings().get(Settings.LANGUAGE)).contains("bo");
        assertThat(fx.store.settings().get(Settings.TIBETAN_DIGITS)).contains("true");
        assertThat(locale.formatLocale().toLanguageTag()).isEqualTo("bo-u-nu-tibt");
    }

    @Test
    void startsInTheLanguageAskedForThenTheRememberedOne() {
        assertThat(MainViewModel.startLanguage(Optional.of(Language.ENGLISH), Optional.of("bo"), Optional.empty()))
                .isEqualTo(Language.ENGLISH);
        assertThat(MainViewModel.startLanguage(Optional.empty(), Optional.of("bo"), Optional.of(Language.ENGLISH)))
                .isEqualTo(Language.TIBETAN);
        assertThat(MainViewModel.startLanguage(Optional.empty(), Optional.empty(), Optional.empty()))
                .isEqualTo(Language.CHINESE);
        assertThat(MainViewModel.startTibetanDigits(Optional.of("true"))).isTrue();
        assertThat(MainViewModel.startTibetanDigits(Optional.empty())).isFalse();
    }

    @Test
    void undoAndRedoFollowTheActiveScreen() {
        assertThat(model.undo()).isFalse();
        var history = new org.lastmile.domain.edit.UndoHistory();
        StringBuilder value = new StringBuilder("a");
        history.execute(new SnapshotEdit<>("a", "b", v -> value.replace(0, value.length(), v),
                new MessageKey("edit.node", "x"), null));
        model.activeUndoProperty().set(new UndoState(history));
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(model.undo()).isTrue();
        assertThat(value.toString()).isEqualTo("a");
        assertThat(model.canRedoProperty().get()).isTrue();
        model.activeUndoProperty().set(null);
        assertThat(model.canRedoProperty().get()).isFalse();
    }
}
