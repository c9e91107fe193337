package org.lastmile.ui.settings;

import org.lastmile.service.SettingsService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.Officer;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.store.settings.Settings;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.common.Profile;
import org.lastmile.ui.common.SaveState;

@ExtendWith(FxThread.class)
class SettingsViewModelTest {

    @TempDir
    Path dir;
    UiFixture fx;
    Profile profile;
    List<Path> opened = new ArrayList<>();
    SettingsViewModel model;

    @BeforeEach
    void open() {
        fx = new UiFixture(dir);
        profile = new Profile(UUID.fromString(fx.store.settings().get(Settings.PROFILE_OFFICER).orElseThrow()));
        model = new SettingsViewModel(SettingsService.of(fx.store), fx.store.courts(),
                new LocaleService(Language.CHINESE), fx.background, profile, dir, opened::add);
        model.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void showsTheProfileOfficerAndSavesEditsToIt() {
        Officer me = model.selectedProperty().get();
        assertThat(me.nameZh()).isEqualTo("更登");
        assertThat(model.form().nameBo.get()).isEqualTo("དགེ་འདུན་");
        model.form().phone.set("13897019999");
        model.form().commit(model.form().phone);
        assertThat(model.stateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(fx.store.officers().find(me.id()).orElseThrow().phone()).isEqualTo("13897019999");
    }

    @Test
    void anUnknownCourtCodeIsShownAtItsFieldAndNotSaved() {
        Officer me = model.selectedProperty().get();
        model.form().courtCode.set("青9999");
        model.form().commit(model.form().courtCode);
        assertThat(model.form().courtCode.problemProperty().get().messageKey()).isEqualTo("case.number.error.court");
        assertThat(fx.store.officers().find(me.id()).orElseThrow().courtCode()).isEqualTo("青2224");
    }

    @Test
    void choosingAnotherOfficerMakesItTheProfileAndIsRemembered() {
        Officer clerk = model.officers().stream().filter(o -> "王海".equals(o.nameZh())).findFirst().orElseThrow();
        model.selectedProperty().set(clerk);
        assertThat(profile.actor()).isEqualTo(clerk.id().toString());
        assertThat(fx.store.settings().get(Settings.PROFILE_OFFICER)).contains(clerk.id().toString());
    }

    @Test
    void opensTheDataFolder() {
        model.openFolderCommand().execute();
        assertThat(opened).containsExactly(dir);
        assertThat(model.dataDirectory()).isEqualTo(dir);
    }
}
