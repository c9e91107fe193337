package org.lastmile.ui.startup;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.lastmile.i18n.LocaleService;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.TibetanFonts;

/**
 * The small window shown before the main window while the case list is filled once after the
 * upgrade: a line with the cases done of the total, a bar, and a note that this happens once.
 * Shown when its view model asks, closed by whoever opened the store once it is open.
 */
public final class FillProgressWindow {

    private final Stage stage = new Stage();

    public FillProgressWindow(FillProgressViewModel model, LocaleService locale, TibetanFonts fonts) {
        Label line = new Label();
        line.setId("fill-progress-line");
        line.textProperty().bind(model.line());
        line.setStyle("-fx-font-size: 1.15em;");
        ProgressBar bar = new ProgressBar();
        bar.setId("fill-progress-bar");
        bar.progressProperty().bind(model.share());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label note = new Label();
        note.textProperty().bind(locale.text("app.startup.fill.note"));
        note.setWrapText(true);
        // the Tibetan note is two lines: fix its width so that its height is measured for that width
        note.setPrefWidth(412);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox root = new VBox(12, line, bar, note);
        root.setPadding(new Insets(24));
        root.setPrefWidth(460);
        stage.titleProperty().bind(locale.text("app.startup.fill.title"));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(fonts.stylesheet()); // the Tibetan line in the bundled font
        ScriptStyle.applyLanguage(root, locale.getLanguage());
        stage.setScene(scene);
        stage.setResizable(false);
        model.wanted().addListener((o, was, now) -> {
            if (now) {
                stage.show();
            }
        });
    }

    /** Closes the window (the store is open, or could not be). */
    public void close() {
        stage.close();
    }

    /** The window, for tests and screenshots. */
    public Stage stage() {
        return stage;
    }
}
