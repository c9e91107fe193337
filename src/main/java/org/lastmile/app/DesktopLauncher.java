package org.lastmile.app;

import org.lastmile.app.wiring.Wiring;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.lastmile.app.cli.GlobalOptions;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.service.CaseService;
import org.lastmile.store.DataDirectory;
import org.lastmile.store.SqliteNative;
import org.lastmile.ui.cases.CaseListLoader;
import org.lastmile.ui.common.Profile;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.main.MainViewModel;
import org.lastmile.ui.record.attachments.FileChoosers;

/**
 * Opens the window ({@code lastmile} without a sub-command). Three things overlap: the store
 * thread opens the store and reads the settings, then the first screenful of the case list; the
 * JavaFX toolkit starts meanwhile; the window is built as soon as the settings are known (they
 * decide its language) and shows the rows when they arrive. Nothing here is kept in a static
 * field.
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void open(GlobalOptions options) {
        LaunchClock launch = LaunchClock.sinceJvmStart();
        launch.mark("main");
        Wiring wiring = Wiring.system();
        Path directory = wiring.dataDirectory(options.dataDir(), options.env());
        // Scheduled: the autosave of a record waits there for the pause in typing, in order with the rest.
        ScheduledExecutorService storeThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "lastmile-store");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<TibetanFonts> fonts = new CompletableFuture<>();
        StartupFill fill = new StartupFill(options.language().orElse(Language.CHINESE), fonts);
        CompletableFuture<Startup> opened = CompletableFuture.supplyAsync(() -> {
            if (SqliteNative.useCopyIn(DataDirectory.cache(options.env()))) {
                launch.mark("SQLite library from the cache");
            }
            return Startup.read(wiring, directory, !options.noDemo(), launch, fill);
        }, storeThread);
        CompletableFuture<CaseListLoader.FirstScreen> firstRows = opened.thenApplyAsync(
                read -> {
                    CaseListLoader.FirstScreen rows = new CaseListLoader(CaseService.of(read.store()), read.engine(),
                            () -> read.today(wiring)).first();
                    launch.mark("first rows read");
                    return rows;
                }, storeThread);
        Platform.startup(() -> launch.mark("toolkit started"));
        fill.toolkitStarted();
        // The Tibetan font (860 KB) is read on a thread of its own while the store is still opening.
        Thread fontThread = new Thread(() -> {
            try {
                fonts.complete(TibetanFonts.load());
            } catch (RuntimeException | Error e) {
                fonts.completeExceptionally(e);
            }
        }, "lastmile-fonts");
        fontThread.setDaemon(true);
        fontThread.start();
        opened.whenComplete((read, error) -> Platform.runLater(() -> {
            fill.close();
            if (error != null) {
                storeThread.shutdown();
                new StartupFailure(options.language().orElse(Language.CHINESE)).show(unwrap(error), null);
                return;
            }
            DesktopApp app = app(options, wiring, directory, storeThread, read, launch, fonts.join());
            app.build(new Stage());
            firstRows.whenComplete((rows, failure) -> Platform.runLater(() -> {
                if (failure != null) {
                    app.failed(unwrap(failure));
                } else {
                    app.showRows(rows);
                }
            }));
        }));
    }

    private static DesktopApp app(GlobalOptions options, Wiring wiring, Path directory,
            ScheduledExecutorService storeThread, Startup read, LaunchClock launch, TibetanFonts fonts) {
        Language language = MainViewModel.startLanguage(options.explicitLanguage(), read.language(),
                options.language());
        launch.mark("building the window");
        LocaleService locale = new LocaleService(language);
        locale.tibetanDigitsProperty().set(MainViewModel.startTibetanDigits(read.tibetanDigits()));
        return new DesktopApp(new DesktopServices(read.store(), read.engine(), locale, storeThread, wiring.clock(),
                directory, fonts, new Profile(read.profileOfficer()), new SystemFolderOpener(),
                owner -> new FileChoosers(owner, locale)), launch,
                new StartupFailure(language), Platform::exit);
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
