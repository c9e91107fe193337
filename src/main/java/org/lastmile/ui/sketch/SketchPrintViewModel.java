package org.lastmile.ui.sketch;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.lastmile.common.LocalizedException;
import org.lastmile.docs.DocumentLanguage;
import org.lastmile.i18n.Language;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.docs.DocumentPreviewViewModel;

/**
 * The sketch screen's "print" (button and Ctrl+P): the sketch document the parties sign, in the
 * same print window as the records (languages, preview, page setup, print, save as PDF). The
 * languages it opens in are read in the background (the record that holds the sketch says who
 * speaks Tibetan); the window then renders the document in the background itself. A sketch with
 * no corner has nothing to print: said as the screen's problem, nothing opens.
 */
public final class SketchPrintViewModel {

    /** The case's sketch document: the languages it opens in, and the PDF in a chosen language. */
    public interface SketchDocuments {
        /** The languages for the parties (both when anyone present speaks Tibetan); reads the store. */
        DocumentLanguage partiesLanguage() throws Exception;

        /** Renders the stored sketch's document and answers the file written. */
        Path render(DocumentLanguage language) throws Exception;
    }

    /** Opens the print window on a document ({@code DocumentWindow.show} in the app). */
    @FunctionalInterface
    public interface PrintWindow {
        void show(DocumentPreviewViewModel.Renderer render, DocumentLanguage initial);
    }

    private final SketchViewModel sketch;
    private final SketchDocuments documents;
    private final PrintWindow window;
    private final Supplier<Language> interfaceLanguage;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding canPrint;

    public SketchPrintViewModel(SketchViewModel sketch, SketchDocuments documents, PrintWindow window,
            Supplier<Language> interfaceLanguage) {
        this.sketch = Objects.requireNonNull(sketch);
        this.documents = Objects.requireNonNull(documents);
        this.window = Objects.requireNonNull(window);
        this.interfaceLanguage = Objects.requireNonNull(interfaceLanguage);
        canPrint = Bindings.createBooleanBinding(() -> !busy.get() && sketch.sketchProperty().get() != null
                && !sketch.sketchProperty().get().corners().isEmpty(), sketch.sketchProperty(), busy);
    }

    /**
     * Opens the print window on the sketch document, in both scripts when a party speaks Tibetan or
     * the interface is Tibetan, else Chinese; false (and the reason as the screen's problem) when
     * there is nothing to print. Returns whether it started: the languages are read in the
     * background, and a failure to read them is said as the screen's problem.
     */
    public boolean print() {
        if (!canPrint.get()) {
            if (!busy.get()) {
                sketch.report(new MessageKey("sketch.print.error.empty"));
            }
            return false;
        }
        busy.set(true);
        sketch.background().run(documents::partiesLanguage, parties -> {
            busy.set(false);
            window.show(documents::render, DocumentPreviewViewModel.defaultLanguage(interfaceLanguage.get(), parties));
        }, failure -> {
            busy.set(false);
            sketch.report(failure instanceof LocalizedException e ? e : new MessageKey("docs.preview.error.render"));
        });
        return true;
    }

    /** Whether there is a sketch to print and no print is being opened. */
    public BooleanBinding canPrint() {
        return canPrint;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
