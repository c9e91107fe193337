package org.lastmile.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.lastmile.i18n.Language;
import org.lastmile.ui.common.Confirm;
import org.lastmile.ui.common.InView;
import org.lastmile.ui.common.Navigator;
import org.lastmile.ui.common.PartsOutOfView;
import org.lastmile.ui.common.Screen;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.TextMeasures;

/**
 * The main window's content: a header with the app's name, the demo marker, undo and redo, the
 * settings and the language switch; the open screens as tabs; a status line with where the data
 * lives. Switching the language re-labels everything bound to the locale at once and sets the
 * {@code :lang-bo} pseudo-class that puts Tibetan text in the bundled font.
 */
public final class MainWindow implements Navigator {

    /** The stylesheet of LastMile's own classes. */
    public static final String STYLESHEET = "/css/lastmile.css";

    private final ViewContext ui;
    private final MainViewModel model;
    private final Screens screens;
    private final ScreenHost host = new ScreenHost();
    private final BorderPane root = new BorderPane();
    private final Screen cases;
    /** What the window's texts measured (a language switch measures every text on screen). */
    private final TextMeasures measures = new TextMeasures();
    /** The parts of the shown screen out of the scene for a language switch's frame. */
    private PartsOutOfView.Held held = PartsOutOfView.Held.NOTHING;
    private final ReadOnlyBooleanWrapper holdingParts = new ReadOnlyBooleanWrapper(this, "holdingParts");
    /** While remembered screens are opened again: remembered once, at the end. */
    private boolean reopening;

    public MainWindow(ViewContext ui, MainViewModel model, Screens screens, Path dataDirectory) {
        this.ui = ui;
        this.model = model;
        this.screens = screens;
        root.getStyleClass().add("main-window");
        root.setTop(header());
        root.setCenter(host.view());
        root.setBottom(statusLine(dataDirectory));
        cases = host.show("cases", () -> screens.cases(this));
        host.onChange(() -> {
            if (!reopening) {
                model.rememberScreens(host.openScreens());
            }
        });
        host.activeProperty().addListener((obs, old, now) ->
                model.activeUndoProperty().set(now == null ? null : now.undo().orElse(null)));
        model.confirmStepsWith(question -> Confirm.ask(ui, root.getScene() == null ? null
                : root.getScene().getWindow(), question,
                "confirm.undo".equals(question.messageKey()) ? "confirm.undo.ok" : "confirm.redo.ok"));
        ScriptStyle.applyLanguage(root, ui.locale().getLanguage());
        ui.locale().languageProperty().addListener((obs, old, now) -> ScriptStyle.applyLanguage(root, now));
    }

    private Region header() {
        Label name = ui.label(ui.text("app.name"), "app-name");
        Label demo = ui.label(ui.text("main.demoMarker"), "demo-marker");
        demo.setId("demo-marker");
        demo.visibleProperty().bind(model.demoShownProperty());
        demo.managedProperty().bind(demo.visibleProperty());
        ui.tooltip(demo, ui.text("main.demoMarker.tooltip"));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button undo = ui.button(ui.text("main.undo"), model::undo);
        undo.setId("undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        ui.tooltip(undo, ui.text("main.undo.tooltip"));
        Button redo = ui.button(ui.text("main.redo"), model::redo);
        redo.setId("redo");
        redo.disableProperty().bind(model.canRedoProperty().not());
        ui.tooltip(redo, ui.text("main.redo.tooltip"));
        Button settings = ui.button(ui.text("main.settings"), this::openSettings);
        settings.setId("open-settings");
        ui.tooltip(settings, ui.text("main.settings.tooltip"));
        Button sync = ui.button(ui.text("main.sync"), this::openSync);
        sync.setId("open-sync");
        ui.tooltip(sync, ui.text("main.sync.tooltip"));
        Button help = ui.button(ui.text("main.help"), this::showHelp);
        help.setId("help");

        // Never focused: after a dialog or a drop-down the focus must not land on Undo, where
        // one stray Space would take back the last signature. Ctrl+Z and a click still work.
        for (Button b : List.of(undo, redo, sync, settings, help)) {
            b.setFocusTraversable(false);
        }
        HBox bar = new HBox(10, name, demo, spacer, undo, redo, sync, settings, help,
                new LanguageSwitch(ui, model.languageProperty(), this::switchLanguage).view());
        bar.getStyleClass().add("header");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private Region statusLine(Path dataDirectory) {
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(ui.locale().text(() -> model.problemProperty().get() == null ? ""
                : ui.locale().messages().get(model.problemProperty().get()), model.problemProperty()));
        Label notice = new Label();
        notice.setId("store-notice");
        notice.textProperty().bind(ui.locale().text(() -> model.noticeProperty().get() == null ? ""
                : ui.locale().messages().get(model.noticeProperty().get()), model.noticeProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label where = ui.label(ui.text("main.dataDirectory", dataDirectory.toString()), "data-directory");
        HBox bar = new HBox(10, problem, notice, spacer, where);
        bar.getStyleClass().add("status-line");
        bar.setPadding(new Insets(3, 10, 3, 10));
        return bar;
    }

    /** Makes the scene, with the Tibetan and LastMile stylesheets and the keyboard shortcuts. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(ui.fonts().stylesheet(),
                MainWindow.class.getResource(STYLESHEET).toExternalForm());
        new Shortcuts(this, model).install(scene);
        measures.install(scene);
        return scene;
    }

    @Override
    public void show(String id, Supplier<Screen> factory) {
        host.show(id, factory);
    }

    @Override
    public void openCase(UUID id) {
        host.show(Screens.caseId(id), () -> screens.caseFile(id, this));
    }

    @Override
    public void newCase() {
        host.show("new-case:" + UUID.randomUUID(), () -> screens.newCase(this));
    }

    @Override
    public void openSettings() {
        host.show("settings", () -> screens.settings(this));
    }

    /** Opens the sync screen (the one open, if it is). */
    public void openSync() {
        host.show("sync", () -> screens.sync(this));
    }

    @Override
    public void renamed(String oldId, String newId) {
        host.rename(oldId, newId);
    }

    /**
     * Opens again the screens that were open when the window last changed (before a restart or a
     * kill), in their order, and shows the one that was shown.
     */
    public void reopen(OpenScreens remembered) {
        reopening = true;
        try {
            for (String id : remembered.ids()) {
                if (host.find(id).isEmpty()) {
                    screens.reopen(id, this).ifPresent(factory -> host.show(id, factory));
                }
            }
            if (remembered.shown() != null) {
                host.find(remembered.shown()).ifPresent(screen -> host.show(remembered.shown(), () -> screen));
            }
        } finally {
            reopening = false;
        }
        model.rememberScreens(host.openScreens());
    }

    /** Shows the case list and puts the caret in its search box. */
    public void focusSearch() {
        host.show("cases", () -> cases);
        cases.focus();
    }

    /** Ctrl+Q: closes the window as its close button does (what is pending is saved on the way out). */
    void quit() {
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            root.getScene().getWindow().hide();
        }
    }

    void closeActive() {
        host.closeActive();
    }

    /**
     * Switches the interface language. The field the user was typing in keeps the focus and the
     * caret and stays in view (re-labelling changes heights, which used to scroll the transcript
     * input off screen). The parts of the shown screen out of view are out of the scene for the
     * switch's frame and come back right after it ({@link PartsOutOfView}): the frame the user
     * waits for restyles and lays out only what can be seen. With {@code -Dlastmile.trace=true}
     * prints how long it took from here to the end of the next layout pass, after which the frame
     * is drawn, and to the end of the layout with the parts back.
     */
    public void switchLanguage(Language language) {
        if (language == model.languageProperty().get()) {
            return;
        }
        long start = System.nanoTime();
        putPartsBack(); // switched again before the last switch's frame
        Scene scene = root.getScene();
        Node focused = scene == null ? null : scene.getFocusOwner();
        int caret = focused instanceof TextInputControl field ? field.getCaretPosition() : -1;
        String text = focused instanceof TextInputControl field ? field.getText() : null;
        held = scene == null ? PartsOutOfView.Held.NOTHING : holdShownParts();
        holdingParts.set(held.size() > 0);
        model.languageProperty().set(language);
        if (scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            keepInView(scene, focused, caret, text);
            if (TRACE) {
                System.out.println("language switched in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
            if (held.size() > 0) {
                // After this pulse, whose frame is then drawn: not in it.
                Platform.runLater(() -> putPartsBackAfter(scene, start));
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /**
     * Takes the parts of the shown screen out of view out of the scene, as a switch does first;
     * returns what puts them back (the window's rehearsal of a switch, ScriptWarmUp).
     */
    public Runnable holdPartsOutOfView() {
        return holdShownParts()::putBack;
    }

    private PartsOutOfView.Held holdShownParts() {
        Screen shown = host.activeProperty().get();
        return shown == null ? PartsOutOfView.Held.NOTHING : shown.holdPartsOutOfView();
    }

    /** Whether parts of the shown screen are out of the scene for a language switch's frame. */
    public ReadOnlyBooleanProperty holdingPartsProperty() {
        return holdingParts.getReadOnlyProperty();
    }

    private void putPartsBackAfter(Scene scene, long start) {
        if (held.size() == 0) {
            return;
        }
        int parts = held.size();
        putPartsBack();
        if (TRACE) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                System.out.println(parts + " parts out of view switched in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
    }

    private void putPartsBack() {
        held.restoreKeepingView();
        held = PartsOutOfView.Held.NOTHING;
        holdingParts.set(false);
    }

    private static final boolean TRACE = Boolean.getBoolean("lastmile.trace");

    /**
     * Gives the focus back and scrolls the field into view after the switch's layout pass. The
     * caret goes back only if the text is what it was at the switch: an interpreter who goes on
     * typing while the window re-lays out (keys queued before that pulse) has already moved it, and
     * putting it back sent the next keys into the middle of the words just typed (seen driving the
     * window with xdotool: "agreed by both" became "agreedboth by").
     */
    private static void keepInView(Scene scene, Node focused, int caret, String text) {
        if (focused == null || focused.getScene() != scene) {
            return;
        }
        if (scene.getFocusOwner() != focused) {
            focused.requestFocus();
        }
        if (focused instanceof TextInputControl field && caret >= 0 && caret <= field.getLength()
                && java.util.Objects.equals(text, field.getText())) {
            field.positionCaret(caret);
        }
        InView.bring(focused);
    }

    void showHelp() {
        new HelpDialog(ui).show(root.getScene() == null ? null : root.getScene().getWindow());
    }

    /** Saves what is pending in every open screen; call before the window goes. */
    public void close() {
        host.closeAll();
    }

    public ScreenHost screens() {
        return host;
    }

    public Parent root() {
        return root;
    }
}
