package org.lastmile.ui.startup;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.binding.StringBinding;
import org.lastmile.i18n.LocaleService;

/**
 * The small start-up window's state while the store fills the case list's table once after the
 * upgrade to V7 (整理案件列表): how many cases are done of how many, as a line of text and a share
 * for the bar. It asks to be seen only when the fill is long enough to notice. FX thread only.
 */
public final class FillProgressViewModel {

    /** Cases left at the first report from which the window is shown (about half a second's work). */
    public static final long MANY = 1_000;

    private final LongProperty done = new SimpleLongProperty();
    private final LongProperty total = new SimpleLongProperty();
    private final DoubleProperty share = new SimpleDoubleProperty();
    private final BooleanProperty wanted = new SimpleBooleanProperty();
    private final StringBinding line;
    private boolean reported;

    public FillProgressViewModel(LocaleService locale) {
        line = locale.text(() -> locale.get("app.startup.fill.progress", done.get(), total.get()), done, total);
    }

    /** A report from the store: cases done of the total (the store never goes back). */
    public void reached(long doneNow, long totalNow) {
        if (!reported) {
            reported = true;
            wanted.set(totalNow - doneNow >= MANY);
        }
        total.set(totalNow);
        done.set(Math.max(done.get(), doneNow));
        share.set(totalNow == 0 ? 1 : (double) done.get() / totalNow);
    }

    /** "整理案件列表 12,000 / 100,000" in the interface language. */
    public StringBinding line() {
        return line;
    }

    /** Done of total, 0 to 1, for the progress bar. */
    public ReadOnlyDoubleProperty share() {
        return share;
    }

    /** Whether the window should be shown: set at the first report, for a fill worth seeing. */
    public ReadOnlyBooleanProperty wanted() {
        return wanted;
    }
}
