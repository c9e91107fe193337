package org.lastmile.ui.record.demo;

import org.lastmile.service.SigningService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordFixtures;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.tibetan.Wylie;
import org.lastmile.store.Hashes;
import org.lastmile.store.json.CanonicalJson;
import org.lastmile.store.json.RecordCodec;
import org.lastmile.domain.record.seal.SealCheck;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ControlStrings;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.controls.WylieInput;
import org.lastmile.ui.main.MainWindow;
import org.lastmile.ui.record.seal.SealBadge;
import org.lastmile.ui.record.seal.SealInfo;
import org.lastmile.ui.record.seal.SealTexts;
import org.lastmile.ui.record.sign.SignatureCaptureView;
import org.lastmile.ui.record.sign.SignatureCaptureViewModel;
import org.lastmile.ui.record.sign.SignaturePad;
import org.lastmile.ui.record.sign.SignatureRequest;
import org.lastmile.ui.record.sign.SignatureServices;

/**
 * Pictures of the signature view and the seal badge in Chinese and Tibetan, for looking at by eye
 * (developer tool, not shipped): run under Xvfb with the GTK glass,
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1366x768x24" java -Dglass.platform=gtk -cp ... org.lastmile.ui.record.demo.SignDemo OUT
 * </pre>
 *
 * writes {@code sign-zh.png}, {@code sign-bo.png}, {@code refuse-bo.png}, {@code seal-zh.png},
 * {@code seal-bo.png} into OUT. The strokes are drawn by mouse events fired at the pad.
 */
public final class SignDemo {

    private SignDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/sign-demo");
        Files.createDirectories(out);
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                TibetanFonts fonts = TibetanFonts.load();
                for (Language language : new Language[] {Language.CHINESE, Language.TIBETAN}) {
                    shoot(signing(fonts, language, false), fonts, language, out.resolve("sign-" + language.tag() + ".png"));
                    shoot(seal(fonts, language), fonts, language, out.resolve("seal-" + language.tag() + ".png"));
                }
                shoot(signing(fonts, Language.TIBETAN, true), fonts, Language.TIBETAN, out.resolve("refuse-bo.png"));
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static ViewContext ui(TibetanFonts fonts, Language language) {
        LocaleService locale = new LocaleService(language);
        return new ViewContext(locale, fonts, new ControlStrings(locale),
                () -> new WylieInput(new Wylie(), fonts, new SimpleBooleanProperty(false)));
    }

    private static Region signing(TibetanFonts fonts, Language language, boolean refuse) {
        Map<String, byte[]> blobs = new HashMap<>();
        SignatureServices services = new SignatureServices(Clock.systemUTC(), new Background(Runnable::run),
                new SigningService(new RecordCodec(new CanonicalJson()), bytes -> {
                    blobs.put(Hashes.sha256(bytes), bytes);
                    return Hashes.sha256(bytes);
                }), "demo", "demo");
        Participant signer = RecordFixtures.people().get(refuse ? 3 : 2);
        SignatureCaptureViewModel model = new SignatureCaptureViewModel(new SignatureRequest(signer,
                RecordFixtures.people(), SpokenLanguage.CHINESE, RecordFixtures.CONTENT, Place.named("果洛藏贡麻村")),
                services);
        SignatureCaptureView view = new SignatureCaptureView(ui(fonts, language), model, owner -> Optional.empty());
        view.node().setPrefWidth(560);
        if (refuse) {
            model.kindProperty().set(SignatureKind.REFUSED);
            model.confirm();
        }
        return view.node();
    }

    private static Region seal(TibetanFonts fonts, Language language) {
        SealBadge badge = new SealBadge(ui(fonts, language), new SealTexts(java.time.ZoneId.of("Asia/Shanghai")));
        badge.sealProperty().set(new SealInfo(RecordFixtures.id("record"), Hashes.sha256("demo seal"),
                java.time.Instant.parse("2026-11-24T04:40:00Z"), language == Language.TIBETAN ? "དགེ་འདུན་" : "更登"));
        badge.checkProperty().set(language == Language.TIBETAN ? new SealCheck(java.util.List.of())
                : new SealCheck(java.util.List.of(new SealCheck.Problem("record.verify.changed", org.lastmile.domain.record.RecordField.LAND_AREA_M2))));
        return badge.node();
    }

    private static void shoot(Region node, TibetanFonts fonts, Language language, Path file) throws IOException {
        Stage stage = new Stage();
        Scene scene = new Scene(node);
        scene.getStylesheets().addAll(fonts.stylesheet(),
                MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        ScriptStyle.applyLanguage(node, language);
        stage.setScene(scene);
        stage.show();
        node.applyCss();
        node.layout();
        node.lookupAll(".signature-pad").forEach(pad -> sign((SignaturePad) pad));
        ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
        stage.close();
        System.out.println("wrote " + file);
    }

    /** A handwriting-like scribble, fired at the pad as mouse events. */
    private static void sign(SignaturePad pad) {
        double[][] strokes = {
            {30, 100, 45, 60, 60, 40, 70, 70, 62, 110, 80, 90, 100, 60, 118, 58, 126, 90, 120, 112},
            {140, 70, 170, 62, 200, 66, 190, 95, 176, 118, 200, 110, 232, 92},
            {250, 40, 256, 80, 262, 118, 280, 96, 300, 80, 330, 86, 350, 104, 380, 100, 420, 84},
        };
        for (double[] s : strokes) {
            fire(pad, MouseEvent.MOUSE_PRESSED, s[0], s[1]);
            for (int i = 2; i < s.length; i += 2) {
                for (int k = 1; k <= 6; k++) {
                    double x = s[i - 2] + (s[i] - s[i - 2]) * k / 6;
                    double y = s[i - 1] + (s[i + 1] - s[i - 1]) * k / 6;
                    fire(pad, MouseEvent.MOUSE_DRAGGED, x, y);
                }
            }
            fire(pad, MouseEvent.MOUSE_RELEASED, s[s.length - 2], s[s.length - 1]);
        }
    }

    private static void fire(Parent pad, javafx.event.EventType<MouseEvent> type, double x, double y) {
        Point2D scene = pad.localToScene(x, y);
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        Event.fireEvent(pad, new MouseEvent(type, scene.getX(), scene.getY(), 0, 0, MouseButton.PRIMARY, 1, false,
                false, false, false, down, false, false, false, false, false, null));
    }
}
