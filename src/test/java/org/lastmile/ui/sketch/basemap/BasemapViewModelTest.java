package org.lastmile.ui.sketch.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.service.BasemapService;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.common.Background;

/** The basemap on a real store's settings: remembered, turned off and on, and bad files in one line. */
@ExtendWith(FxThread.class)
class BasemapViewModelTest {

    @TempDir
    Path dir;
    UiFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    private BasemapViewModel model() {
        return new BasemapViewModel(BasemapService.of(fixture.store), new Background(Runnable::run), () -> "test");
    }

    private static String zh(BasemapViewModel m) {
        return Messages.of(Language.CHINESE).get(m.messageProperty().get());
    }

    @Test
    void aRememberedFileThatIsGoneLeavesOneLineAndNoBasemap() {
        fixture = new UiFixture(dir.resolve("store"));
        BasemapService.of(fixture.store).remember(dir.resolve("usb/county.mbtiles"), "test");
        BasemapViewModel m = model();
        m.load();
        assertThat(m.basemapProperty().get()).isNull();
        assertThat(zh(m)).startsWith("找不到底图文件").contains("county.mbtiles").doesNotContain("\n");
    }

    @Test
    void chosenRememberedAndTurnedOff() throws Exception {
        fixture = new UiFixture(dir.resolve("store"));
        Path good = Path.of(getClass().getResource("/basemap/gangcha-test.mbtiles").toURI());
        Path bad = Files.writeString(dir.resolve("photo.mbtiles"), "not a database");
        BasemapViewModel m = model();
        m.choose(good);
        assertThat(m.basemapProperty().get()).isNotNull();
        m.choose(bad);
        assertThat(zh(m)).startsWith("不是栅格 MBTiles 底图");
        assertThat(m.basemapProperty().get().file()).as("a bad choice keeps the basemap shown").isEqualTo(good);
        m.shownProperty().set(false);
        m.close();
        BasemapViewModel next = model();
        next.load();
        assertThat(next.basemapProperty().get().file()).isEqualTo(good);
        assertThat(next.shownProperty().get()).isFalse();
        next.close();
    }
}
