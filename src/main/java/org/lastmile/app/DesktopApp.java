package org.lastmile.app;

import org.lastmile.app.wiring.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.tibetan.Wylie;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.store.open.Store;
import org.lastmile.service.UseCases;
import org.lastmile.store.backup.Backups;
import org.lastmile.ui.common.form.FormView;
import org.lastmile.ui.cases.CaseListLoader;
import org.lastmile.ui.cases.CaseListViewModel;
import org.lastmile.ui.cases.CaseUpdates;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.Profile;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ControlStrings;
import org.lastmile.ui.controls.JavaFxDefaultLocale;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.controls.WylieInput;
import org.lastmile.ui.main.MainViewModel;
import org.lastmile.ui.main.MainWindow;
import org.lastmile.ui.settings.FolderOpener;
import org.lastmile.ui.record.RecordServices;
import org.lastmile.ui.record.edit.RecordUpdates;

/**
 * The desktop app, wired: every service is passed in, nothing is static. Shows the main window
 * on the case list, then checks the database file's pages on the store thread (ahead of any
 * save); on exit, lets pending saves finish before the store closes.
 */
final class DesktopApp {

    private final Store store;
    private final DeadlineEngine engine;
    private final LocaleService locale;
    private final ScheduledExecutorService storeThread;
    /** The automatic sync's timer (it only checks the setting and the court when it fires). */
    private javafx.animation.Timeline autoSync;
    private final Clock clock;
    private final Path dataDirectory;
    private final TibetanFonts fonts;
    private final Profile profile;
    private final FolderOpener folders;
    private final DesktopServices services;
    private final LaunchClock launch;
    private final StartupFailure failure;
    private final Runnable exit;
    private JavaFxDefaultLocale defaultLocale;
    private MainWindow window;
    private Stage stage;
    private Scene scene;
    private Background background;
    private CaseListViewModel caseList;
    private StoreMaintenance maintenance;
    private MainViewModel mainModel;
    private org.lastmile.ui.controls.ScriptWarmUp warmUp;

    /** @param exit ends the JavaFX toolkit once the window has closed (a test passes a no-op) */
    DesktopApp(DesktopServices services, LaunchClock launch, StartupFailure failure, Runnable exit) {
        this.store = services.store();
        this.engine = services.engine();
        this.locale = services.locale();
        this.storeThread = services.storeThread();
        this.clock = services.clock();
        this.dataDirectory = services.dataDirectory();
        this.fonts = services.fonts();
        this.profile = services.profile();
        this.folders = services.folders();
        this.services = services;
        this.launch = launch;
        this.failure = failure;
        this.exit = exit;
    }

    /** How long a record's edit waits for the next before it is saved (service.Autosave). */
    static final Duration AUTOSAVE_DELAY = Duration.ofMillis(200);

    /**
     * Builds the window on the FX thread; it is shown with the first rows ({@link #showRows}), so
     * that styling and layout run once, while the rows are still being read.
     */
    void build(Stage stage) {
        this.stage = stage;
        defaultLocale = JavaFxDefaultLocale.follow(locale);
        background = new Background(storeThread);
        Supplier<LocalDate> today = () -> LocalDate.now(clock.withZone(store.zone()));
        ViewContext ui = new ViewContext(locale, fonts, new ControlStrings(locale),
                () -> new WylieInput(new Wylie(), fonts, new SimpleBooleanProperty(false),
                        locale.tibetanDigitsProperty()));
        CaseUpdates updates = new CaseUpdates();
        UseCases useCases = UseCases.of(store, new RecordChecker(Wiring.recordRules(dataDirectory), store.zone()));
        caseList = new CaseListViewModel(new CaseListLoader(useCases.cases(), engine, today), useCases.cases(),
                background, updates);
        MainViewModel main = new MainViewModel(locale, useCases.settings(), background, profile::actor);
        mainModel = main;
        maintenance = new StoreMaintenance(store, new Backups(dataDirectory, clock),
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "lastmile-maintenance");
                    t.setDaemon(true);
                    t.setPriority(Thread.MIN_PRIORITY);
                    return t;
                }), message -> Platform.runLater(() -> main.notice(message)),
                error -> Platform.runLater(() -> failure.show(error, stage)));
        main.demoShownProperty().bind(caseList.demoShownProperty());
        RecordServices records = new RecordServices(useCases.records(), useCases.cases(), useCases.attachments(),
                useCases.fieldImports(), background, storeThread,
                AUTOSAVE_DELAY, clock.withZone(store.zone()), new RecordUpdates(), profile::actor);
        DesktopScreens screens = new DesktopScreens(store, useCases, engine, ui, background, updates, profile, today,
                dataDirectory, folders, caseList, records, services.attachments());
        window = new MainWindow(ui, main, screens, dataDirectory);
        autoSync = screens.autoSyncTimer();
        autoSync.play();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = window.scene(screen.getWidth(), screen.getHeight());
        stage.titleProperty().bind(locale.text("app.title"));
        stage.setScene(scene);
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setMaximized(true);
        // Text typed a moment ago is committed before the window goes or the language changes.
        stage.setOnCloseRequest(e -> FormView.commitFocused(scene));
        locale.languageProperty().addListener((obs, old, now) -> {
            if (!locale.isRehearsing()) {
                FormView.commitFocused(scene);
            }
        });
        stage.setOnHidden(e -> close());
        launch.mark("window built");
    }

    /**
     * Shows the list's first screen; once it is on screen the launch is logged and, after an unclean
     * shutdown, the database pages are checked. The list reads further rows only as they are shown.
     */
    void showRows(CaseListLoader.FirstScreen rows) {
        caseList.showFirst(rows);
        launch.mark("rows set");
        if (!stage.isShowing()) {
            stage.show();
            window.focusSearch(); // an officer starts by typing a name or a case number
            launch.mark("window shown");
        }
        launch.readyAfterNextFrame(scene, () -> {
            // The screens open before the last exit (or kill) come back once the list is on screen.
            mainModel.reopenScreens(window::reopen);
            // The other language readied while the window is idle, off the first switch: font and
            // glyphs, styles, and the shown texts measured in it (ScriptWarmUp).
            // -Dlastmile.warmUp=false leaves it out (the before of scripts/bench-switch).
            if (!"false".equals(System.getProperty("lastmile.warmUp"))) {
                warmUp = new org.lastmile.ui.controls.ScriptWarmUp(scene, locale,
                        !"false".equals(System.getProperty("lastmile.rehearseSwitch")), window::holdPartsOutOfView);
                warmUp.start();
            }
            // After an unclean shutdown, the pages are read before any save reaches the store thread.
            if (store.database().integrityDue()) {
                background.run(() -> {
                    store.checkIntegrity();
                    return null;
                }, ok -> mainModel.notice(new org.lastmile.common.Key("ui.store.checked")),
                        error -> failure.show(error, stage));
            }
            maintenance.start();
            if (LaunchClock.exitWhenReady()) {
                stage.hide();
            }
        });
    }

    /** The store failed while reading the list: the one-line message, then the app ends. */
    void failed(Throwable error) {
        failure.show(error, stage.isShowing() ? stage : null);
    }

    /** The window's content (for the screenshot tour). */
    MainWindow window() {
        return window;
    }

    /** The case list's model (the first tab). */
    CaseListViewModel caseList() {
        return caseList;
    }

    /** The warm-up of the other language, once the window has drawn its first frame (else empty). */
    java.util.Optional<org.lastmile.ui.controls.ScriptWarmUp> warmUp() {
        return java.util.Optional.ofNullable(warmUp);
    }

    /** Stops the automatic sync's timer: its tick reads the store, which is about to close. On the FX thread. */
    void stopAutoSync() {
        if (autoSync != null) {
            autoSync.stop();
        }
    }

    /** Lets the screens save what is pending, waits for the store thread, closes the store. */
    void close() {
        stopAutoSync();
        if (window != null) {
            window.close();
        }
        storeThread.shutdown();
        try {
            storeThread.awaitTermination(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
        if (maintenance != null) {
            maintenance.onClose();
        }
        if (defaultLocale != null) {
            defaultLocale.close();
        }
        Platform.runLater(exit);
    }
}
