package org.lastmile.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.gnss.receiver.ReceiverChoice;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.common.Background;

@ExtendWith(FxThread.class)
class ReceiverSettingsViewModelTest {

    @TempDir
    Path dir;
    List<ReceiverChoice> stored = new ArrayList<>();
    ReceiverSettingsViewModel model = new ReceiverSettingsViewModel(() -> ReceiverChoice.gpsd("10.0.0.5", 2948),
            stored::add, new Background(Runnable::run));

    private String message() {
        return Messages.of(Language.CHINESE).get(model.messageProperty().get());
    }

    @Test
    void showsTheStoredChoiceAndSavesAnEdit() throws Exception {
        model.load();
        assertThat(model.kindProperty().get()).isEqualTo(ReceiverChoice.Kind.GPSD);
        assertThat(model.hostProperty().get()).isEqualTo("10.0.0.5");
        assertThat(model.portProperty().get()).isEqualTo("2948");
        Path log = Files.writeString(dir.resolve("demo.nmea"), "$GPGGA\r\n");
        model.kindProperty().set(ReceiverChoice.Kind.REPLAY);
        model.replayProperty().set(log.toString());
        assertThat(model.save()).isTrue();
        assertThat(stored).containsExactly(ReceiverChoice.replay(log));
        assertThat(message()).startsWith("已保存");
    }

    @Test
    void aBadEntryIsOneLineAndNothingIsStored() {
        model.kindProperty().set(ReceiverChoice.Kind.GPSD);
        model.portProperty().set("29470");
        assertThat(model.save()).isTrue(); // a valid port
        model.portProperty().set("七");
        assertThat(model.save()).isFalse();
        assertThat(message()).isEqualTo("端口号无效：七");
        model.kindProperty().set(ReceiverChoice.Kind.REPLAY);
        model.replayProperty().set(dir.resolve("missing.nmea").toString());
        assertThat(model.save()).isFalse();
        assertThat(message()).startsWith("找不到 NMEA 记录文件").doesNotContain("\n");
        model.kindProperty().set(ReceiverChoice.Kind.SERIAL);
        model.deviceProperty().set(" ");
        assertThat(model.save()).isFalse();
        assertThat(stored).hasSize(1);
    }
}
