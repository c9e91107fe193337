package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lastmile.ui.FxWait.onFx;
import static org.lastmile.ui.FxWait.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.i18n.Language;
import org.lastmile.service.SettingsService;
import org.lastmile.ui.UiFixture;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 11 item 10: the open tabs were not restored after a restart. The window remembers its open
 * screens as they change (so a killed process has them too: the setting is read here while the
 * window still runs), and a window started again on the same data folder opens them again in their
 * order and shows the one that was shown.
 */
@ExtendWith(ApplicationExtension.class)
class OpenScreensRestartTest {

    private static final UUID FARMLAND = UiFixture.FARMLAND;

    private Path dir;
    private TestDesktop first;
    private TestDesktop second;
    private DesktopApp app;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("lastmile-tabs");
        first = TestDesktop.demoIn(dir, Language.CHINESE);
        app = first.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        first.closeStore();
        if (second != null) {
            second.close(); // deletes the folder
        } else {
            first.close();
        }
    }

    @Test
    void theScreensOpenBeforeARestartOpenAgainWithTheShownOneShown() throws Exception {
        TestDesktop.openFarmlandRecord(app, 0); // the sealed demo record
        until(() -> tabs(app).size() == 3);
        onFx(() -> {
            app.window().openSettings();
            app.window().openCase(FARMLAND); // shown again: the case is the screen in front
            return null;
        });
        List<String> open = onFx(() -> tabs(app));
        assertThat(open).hasSize(4).startsWith("tab-cases", "tab-case:" + FARMLAND).endsWith("tab-settings");
        assertThat(open.get(2)).startsWith("tab-record:");
        String expected = "cases\n*case:" + FARMLAND + "\n" + open.get(2).substring("tab-".length()) + "\nsettings\n";
        SettingsService settings = SettingsService.of(first.store);
        until(() -> settings.openScreens().orElse("").equals(expected));

        onFx(() -> {
            app.window().root().getScene().getWindow().hide();
            return null;
        });
        first.closeStore();
        second = TestDesktop.demoIn(dir, Language.CHINESE);
        DesktopApp again = onFx(() -> second.show(new Stage()));
        until(() -> tabs(again).equals(open));
        assertThat(onFx(() -> selected(again))).isEqualTo("tab-case:" + FARMLAND);
        onFx(() -> {
            again.window().root().getScene().getWindow().hide();
            return null;
        });
    }

    private static TabPane pane(DesktopApp app) {
        return (TabPane) app.window().root().lookup("#screens");
    }

    private static List<String> tabs(DesktopApp app) {
        return pane(app).getTabs().stream().map(Tab::getId).toList();
    }

    private static String selected(DesktopApp app) {
        return pane(app).getSelectionModel().getSelectedItem().getId();
    }
}
