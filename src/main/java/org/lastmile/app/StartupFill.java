package org.lastmile.app;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.store.cases.FillProgress;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.startup.FillProgressViewModel;
import org.lastmile.ui.startup.FillProgressWindow;

/**
 * Carries the store's reports of the one-time case list fill (on the store thread) to the small
 * start-up window (on the FX thread), which is made at the first report: the window's language
 * is the one asked for on the command line or Chinese, as the settings are not read yet. Reports
 * that come before the toolkit has started and the Tibetan font is read wait for them.
 */
final class StartupFill implements FillProgress {

    private final CompletableFuture<Void> toolkit = new CompletableFuture<>();
    private final Language language;
    private final CompletableFuture<TibetanFonts> fonts;
    // FX thread only
    private FillProgressWindow window;
    private FillProgressViewModel model;
    private boolean closed;

    StartupFill(Language language, CompletableFuture<TibetanFonts> fonts) {
        this.language = language;
        this.fonts = fonts;
    }

    /** The toolkit has started: reports can go to the FX thread. */
    void toolkitStarted() {
        toolkit.complete(null);
    }

    @Override
    public void reached(long done, long total) {
        toolkit.thenCombine(fonts, (none, font) -> font)
                .thenAccept(font -> Platform.runLater(() -> show(done, total, font)));
    }

    private void show(long done, long total, TibetanFonts font) {
        if (closed) {
            return;
        }
        if (model == null) {
            LocaleService locale = new LocaleService(language);
            model = new FillProgressViewModel(locale);
            window = new FillProgressWindow(model, locale, font);
        }
        model.reached(done, total);
    }

    /** The store is open (or failed): the window goes. FX thread. */
    void close() {
        closed = true;
        if (window != null) {
            window.close();
        }
    }
}
