package org.lastmile.ui.startup;

import javafx.application.Platform;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.ui.controls.TibetanFonts;

/** Shows the start-up fill window at 12,000 of 100,000 for a screenshot: {@code zh} or {@code bo}. */
public final class FillProgressShot {

    private FillProgressShot() {
    }

    public static void main(String[] args) {
        Language language = "bo".equals(args[0]) ? Language.TIBETAN : Language.CHINESE;
        Platform.startup(() -> {
            TibetanFonts fonts = TibetanFonts.load();
            LocaleService locale = new LocaleService(language);
            FillProgressViewModel model = new FillProgressViewModel(locale);
            FillProgressWindow window = new FillProgressWindow(model, locale, fonts);
            model.reached(0, 100_000);
            model.reached(12_000, 100_000);
        });
    }
}
