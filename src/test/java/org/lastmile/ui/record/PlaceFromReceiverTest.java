package org.lastmile.ui.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.record.Place;
import org.lastmile.gnss.fix.GnssFix;
import org.lastmile.gnss.receiver.ReceiverListener;
import org.lastmile.gnss.receiver.ReplayReceiver;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.Messages;
import org.lastmile.i18n.tibetan.Wylie;
import org.lastmile.store.TestStores;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ControlStrings;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.controls.WylieInput;
import org.lastmile.ui.record.place.ReceiverPosition;
import org.lastmile.ui.sketch.QueueScheduler;
import org.lastmile.ui.sketch.gnss.ReceiverStatusViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The record's place taken with one button from the receiver the settings chose (here a replay of
 * a real u-blox F9P log from gpsd's regression suite, src/test/resources/nmea): the place section
 * shows the fix quality, accuracy and satellites as the sketch does, and the button writes the
 * position gpsd itself reported for that epoch (ublox-f9p-hpnmea.log.chk, 01:45:04:
 * 44.068843325°N 121.314078818°W, GGA quality 2 = differential). Before the first
 * fix and after the receiver stopped, the button says so and writes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class PlaceFromReceiverTest {

    final QueueScheduler queue = new QueueScheduler();
    final AtomicReference<GnssFix> last = new AtomicReference<>();
    RecordFixture fixture;
    ReplayReceiver receiver;
    RecordViewModel model;
    LocaleService locale = new LocaleService(Language.CHINESE);

    @Start
    void start(Stage stage) throws Exception {
        fixture = new RecordFixture(Files.createTempDirectory("place-receiver"));
        Path log = Path.of(getClass().getResource("/nmea/ublox-f9p-hpnmea.log").toURI());
        receiver = new ReplayReceiver(log, 1, false, queue, Clock.systemUTC());
        receiver.addListener(new ReceiverListener() {
            @Override
            public void onFix(GnssFix fix) {
                last.set(fix);
            }
        });
        ReceiverStatusViewModel status = new ReceiverStatusViewModel(receiver, Runnable::run, () -> 5.0);
        RecordPorts plain = fixture.ports();
        RecordPorts ports = new RecordPorts(plain.chooser(), plain.capture(), plain.opener(), new ReceiverPosition(status),
                plain.documents());
        RecordViewModel draft = fixture.newHandover();
        model = new RecordViewModel(fixture.services, ports);
        model.load(draft.editor().current().id());
        TibetanFonts fonts = TibetanFonts.load();
        ViewContext ui = new ViewContext(locale, fonts, new ControlStrings(locale),
                () -> new WylieInput(new Wylie(), fonts, new SimpleBooleanProperty(false)));
        RecordView view = new RecordView(model, ui, TestStores.ZONE);
        stage.setScene(new Scene(new ScrollPane(view.root()), 1000, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        receiver.close();
        fixture.close();
    }

    /** The place section as it looks, into target/record-shots (to look at, not compared). */
    private void shoot(FxRobot robot, Language language) {
        robot.interact(() -> {
            locale.setLanguage(language);
            javafx.scene.Parent root = robot.lookup("#record-place").query().getScene().getRoot();
            org.lastmile.ui.controls.ScriptStyle.applyLanguage(root, language);
            root.applyCss();
            root.layout();
            try {
                Path out = Path.of("target", "record-shots");
                Files.createDirectories(out);
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                        robot.lookup("#record-place").query().snapshot(null, null), null), "png",
                        out.resolve("place-receiver-" + language.tag() + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            locale.setLanguage(Language.CHINESE);
            org.lastmile.ui.controls.ScriptStyle.applyLanguage(root, Language.CHINESE);
        });
    }

    private String message() {
        return model.messageProperty().get() == null ? "" : Messages.of(Language.CHINESE).get(model.messageProperty().get());
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void oneButtonTakesTheReceiversFixWithItsQuality(FxRobot robot) {
        Place before = model.editor().current().place();
        assertThat(robot.lookup("#take-position").queryButton().isVisible()).isTrue();
        robot.interact(() -> robot.lookup("#take-position").queryButton().fire());
        assertThat(message()).isEqualTo("未连接 GNSS 接收机，或尚无定位");
        assertThat(model.editor().current().place()).isEqualTo(before);

        robot.interact(receiver::start);
        robot.interact(() -> queue.runUntil(() -> last.get() != null && last.get().time() != null
                && last.get().time().toString().contains("01:45:04")));
        assertThat(label(robot, "#receiver-state")).contains("差分定位");
        assertThat(label(robot, "#receiver-satellites")).matches("卫星 \\d+/\\d+");

        robot.interact(() -> robot.lookup("#take-position").queryButton().fire());
        Place taken = model.editor().current().place();
        assertThat(taken.latitude()).isCloseTo(44.068843325, within(1e-9));
        assertThat(taken.longitude()).isCloseTo(-121.314078818, within(1e-9));
        assertThat(taken.name()).isEqualTo(before.name());
        assertThat(message()).startsWith("已采用接收机定位（差分定位，±").endsWith(" 米）");
        shoot(robot, Language.CHINESE);
        shoot(robot, Language.TIBETAN);

        robot.interact(() -> queue.runUntil(() -> false)); // the log ends: the receiver has no fix any more
        robot.interact(() -> robot.lookup("#take-position").queryButton().fire());
        assertThat(message()).isEqualTo("未连接 GNSS 接收机，或尚无定位");
        assertThat(model.editor().current().place()).isEqualTo(taken);
    }
}
