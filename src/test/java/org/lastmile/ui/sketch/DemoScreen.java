package org.lastmile.ui.sketch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.tibetan.Wylie;
import org.lastmile.store.demo.DemoSketch;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ControlStrings;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.controls.WylieInput;
import org.lastmile.ui.main.MainWindow;

/**
 * The sketch screen on a given sketch (the demo farmland by default) in a 1024×768 scene that is
 * never shown, for tests that read its layout or take a picture of it. Build it on the FX thread.
 */
final class DemoScreen {

    static final int WIDTH = 1024;
    static final int HEIGHT = 768;
    static final TibetanFonts FONTS = TibetanFonts.load();

    final LocaleService locale;
    final SketchViewModel model;
    final DivisionViewModel division;
    final StakeoutViewModel stakeout;
    final SketchView view;
    final Scene scene;

    DemoScreen(SiteSketch sketch, Language language) {
        locale = new LocaleService(language);
        model = new SketchViewModel(new SketchHistory(sketch), new Background(Runnable::run));
        division = new DivisionViewModel(model);
        stakeout = new StakeoutViewModel(model, java.util.Optional::empty);
        ViewContext ui = new ViewContext(locale, FONTS, new ControlStrings(locale),
                () -> new WylieInput(new Wylie(), FONTS, new SimpleBooleanProperty(false)));
        view = new SketchView(model, division, stakeout, null, null, ui);
        // the landmarks' symbols, as the screen has them (SketchFieldTools puts them after the grid)
        view.canvas().layers().add(1, new org.lastmile.ui.sketch.field.SurroundingsLayer(model::current, locale::messages));
        scene = new Scene(view.root(), WIDTH, HEIGHT);
        scene.getStylesheets().addAll(FONTS.stylesheet(),
                MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        ScriptStyle.applyLanguage(view.root(), language);
        layout();
    }

    static SiteSketch farmland() {
        return new DemoSketch().build(UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4"),
                Instant.parse("2026-12-04T04:00:00Z"));
    }

    void layout() {
        view.root().applyCss();
        view.root().resize(WIDTH, HEIGHT);
        view.root().layout();
        view.canvas().fit();
    }

    /** A picture of the whole screen into target/sketch-shots/NAME.png. */
    Path shoot(String name) throws IOException {
        layout();
        Path out = Path.of("target", "sketch-shots");
        Files.createDirectories(out);
        Path file = out.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
        return file;
    }
}
