package org.lastmile.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.domain.deadline.DeadlineRules;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.service.CaseService;
import org.lastmile.store.TestStores;
import org.lastmile.store.cases.FillProgress;
import org.lastmile.store.open.Store;
import org.lastmile.store.settings.Settings;
import org.lastmile.ui.FxWait;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.cases.CaseListLoader;
import org.lastmile.ui.common.Profile;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.record.attachments.AttachmentChooser;
import org.lastmile.ui.record.attachments.FileChoosers;

/**
 * The desktop window wired as the launcher wires it, on a real data directory and store thread, for
 * the window tests and the tours. Two kinds:
 * <ul>
 * <li>{@link #demo}: a fresh demo directory in a temporary folder read through {@link TestStores}
 * (fixed clock), files "chosen" through {@link #files}, the launch log kept in memory, nothing
 * happens on exit; {@link #close()} closes the store and deletes the folder;</li>
 * <li>{@link #started}: a directory opened as {@code Launcher} opens it ({@link Wiring#system()},
 * {@link Startup#read}, the system clock), real file dialogs, the launch log on standard output and
 * {@link Platform#exit()} on exit: the screenshot tours and benchmarks run in a process of their own.</li>
 * </ul>
 * Between making one and {@link #show} a test may add to {@link #store} (a record being written, a
 * conflict): the window then reads it like any other start.
 */
final class TestDesktop implements AutoCloseable {

    final Path dir;
    final Store store;
    final ScheduledExecutorService storeThread;
    final LocaleService locale;
    /** What the attachment buttons "choose": a test puts files here before pressing one. */
    final FixedFiles files = new FixedFiles();

    private final Language language;
    private final DeadlineEngine engine;
    private final Clock clock;
    private final Supplier<LocalDate> today;
    private final UUID officer;
    private final AttachmentChooser.Factory choosers;
    private final PrintStream launchLog;
    private final ByteArrayOutputStream log;
    private final Runnable exit;
    private final boolean temporary;
    private TibetanFonts fonts;
    private DesktopApp app;
    private boolean closed;

    private TestDesktop(Path dir, Store store, ScheduledExecutorService storeThread, Language language,
            DeadlineEngine engine, Clock clock, Supplier<LocalDate> today, UUID officer, boolean demo) {
        this.dir = dir;
        this.store = store;
        this.storeThread = storeThread;
        this.language = language;
        this.locale = new LocaleService(language);
        this.engine = engine;
        this.clock = clock;
        this.today = today;
        this.officer = officer;
        this.temporary = demo;
        if (demo) {
            this.log = new ByteArrayOutputStream();
            this.launchLog = new PrintStream(log, true);
            this.choosers = owner -> files;
            this.exit = () -> { };
        } else {
            this.log = null;
            this.launchLog = System.out;
            this.choosers = owner -> new FileChoosers(owner, locale);
            this.exit = Platform::exit;
        }
    }

    /** A new demo data directory in a temporary folder named {@code prefix…}, in {@code language}. */
    static TestDesktop demo(String prefix, Language language) throws Exception {
        return demoIn(Files.createTempDirectory(prefix), language);
    }

    /** The demo data directory {@code dir} (made if new), in {@code language}; {@link #close()} deletes it. */
    static TestDesktop demoIn(Path dir, Language language) {
        Store store = TestStores.open(dir, true);
        UUID officer = UUID.fromString(store.settings().get(Settings.PROFILE_OFFICER).orElseThrow());
        return new TestDesktop(dir, store, Executors.newSingleThreadScheduledExecutor(), language,
                new DeadlineEngine(DeadlineRules.shipped()), TestStores.CLOCK,
                () -> LocalDate.now(TestStores.CLOCK), officer, true);
    }

    /** {@code data} opened as the launcher opens it, in Chinese, with a daemon store thread. */
    static TestDesktop started(Path data) throws Exception {
        Files.createDirectories(data);
        Wiring wiring = Wiring.system();
        ScheduledExecutorService storeThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lastmile-store");
            t.setDaemon(true);
            return t;
        });
        Startup read = Startup.read(wiring, data, true, new LaunchClock(System.currentTimeMillis(), System.out),
                FillProgress.NONE);
        return new TestDesktop(data, read.store(), storeThread, Language.CHINESE, read.engine(), wiring.clock(),
                () -> read.today(wiring), read.profileOfficer(), false);
    }

    /** Starts the JavaFX toolkit in a process of its own (a tour's or a child process's main). */
    static void startFx() throws InterruptedException {
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
    }

    /** The case list's first screen as the window reads it at start. Off the FX thread in a tour. */
    CaseListLoader.FirstScreen rows() {
        return new CaseListLoader(CaseService.of(store), engine, today).first();
    }

    /** Builds the window on {@code stage} and shows the case list read now. On the FX thread. */
    DesktopApp show(Stage stage) {
        return show(stage, rows());
    }

    /** Builds the window on {@code stage} and shows {@code rows}. On the FX thread. */
    DesktopApp show(Stage stage, CaseListLoader.FirstScreen rows) {
        fonts = TibetanFonts.load();
        app = new DesktopApp(new DesktopServices(store, engine, locale, storeThread, clock, dir, fonts,
                new Profile(officer), folder -> { }, choosers),
                new LaunchClock(System.currentTimeMillis(), launchLog), new StartupFailure(language), exit);
        app.build(stage);
        app.showRows(rows);
        return app;
    }

    DesktopApp app() {
        return app;
    }

    /**
     * Opens the farmland case and its record number {@code index} (in the case's list) the way a
     * user does, and waits until the record screen's entry line is there. From the test thread.
     */
    static void openFarmlandRecord(DesktopApp app, int index) throws Exception {
        FxWait.onFx(() -> {
            app.window().openCase(UiFixture.FARMLAND);
            return null;
        });
        String button = "#open-record-" + index;
        FxWait.until(() -> app.window().root().lookup(button) != null);
        FxWait.onFx(() -> {
            ((ButtonBase) app.window().root().lookup(button)).fire();
            return null;
        });
        FxWait.until(() -> app.window().root().lookup("#entry-original") != null);
    }

    /**
     * Switches the window's language as its language buttons do, and waits until the parts of the
     * shown screen that the switch's frame left out are back (PartsOutOfView): a test that looks
     * at the screen right after a switch sees all of it. From the test thread.
     */
    static void switchLanguage(DesktopApp app, org.lastmile.i18n.Language language) throws Exception {
        FxWait.onFx(() -> {
            app.window().switchLanguage(language);
            return null;
        });
        FxWait.until(() -> !app.window().holdingPartsProperty().get());
    }

    /** The fonts the window was built with. */
    TibetanFonts fonts() {
        return fonts;
    }

    /** What the window wrote to its launch log (the {@link #demo} kind). */
    String log() {
        return log.toString();
    }

    /** Lets the store thread finish and closes the store, as the window does when it closes. */
    void closeStore() throws Exception {
        if (closed) {
            return;
        }
        if (app != null) {
            // as the window does before it closes the store: a later tick of the automatic sync would
            // read a closed store (seen in RecordScenarioTest, which closes the store under the window)
            org.testfx.util.WaitForAsyncUtils.asyncFx(app::stopAutoSync).get(3, TimeUnit.MINUTES);
        }
        storeThread.shutdown();
        storeThread.awaitTermination(3, TimeUnit.MINUTES); // a hang's bound, not a wait
        store.close();
        closed = true;
    }

    /** Closes the store and, for the {@link #demo} kind, deletes its directory. */
    @Override
    public void close() throws Exception {
        closeStore();
        if (temporary) {
            try (var tree = Files.walk(dir)) {
                tree.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
