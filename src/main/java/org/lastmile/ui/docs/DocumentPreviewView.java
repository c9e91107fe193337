package org.lastmile.ui.docs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.lastmile.i18n.LocaleService;
import org.lastmile.ui.controls.ScriptStyle;

/**
 * The preview window's content: the page shown, paging, "Print" (JavaFX {@link PrinterJob}: the
 * page setup and print dialogs with the system's printers, each page scaled to the printable
 * area) and "Save as PDF" (a copy of the rendered file). Thin: state lives in the view model.
 */
public final class DocumentPreviewView extends BorderPane {

    private final DocumentPreviewViewModel model;
    private final LocaleService locale;

    public DocumentPreviewView(DocumentPreviewViewModel model, LocaleService locale) {
        this.model = model;
        this.locale = locale;
        Button previous = button("docs.preview.previous", model::previous);
        previous.disableProperty().bind(model.canPrevious().not());
        Button next = button("docs.preview.next", model::next);
        next.disableProperty().bind(model.canNext().not());
        Label page = new Label();
        page.textProperty().bind(locale.text(() -> model.pageCount() == 0 ? ""
                : locale.get("docs.page.of", model.index().get() + 1, model.pageCount()),
                model.index(), model.pageList(), locale.messagesProperty()));
        Button print = button("docs.preview.print", this::print);
        Button save = button("docs.preview.save", this::saveAs);
        print.disableProperty().bind(Bindings.isEmpty(model.pageList()));
        save.disableProperty().bind(model.fileProperty().isNull());
        Label error = new Label();
        error.textProperty().bind(locale.text(() -> model.error().get() == null ? ""
                : locale.messages().get(model.error().get()), model.error(), locale.messagesProperty()));
        // the document's languages: choosing another renders it again (the view model does)
        Label languageLabel = new Label();
        languageLabel.textProperty().bind(locale.text("docs.preview.language"));
        var language = org.lastmile.ui.common.Choice.comboBox(locale, model.languages(),
                l -> "docs.preview.language." + l.name().toLowerCase(java.util.Locale.ROOT), null, model.language());
        language.disableProperty().bind(model.busy());
        languageLabel.setLabelFor(language);
        // rendering and reading the pages run in the background: shown while they do
        javafx.scene.control.ProgressIndicator working = new javafx.scene.control.ProgressIndicator();
        working.setId("document-busy");
        working.setPrefSize(24, 24);
        working.visibleProperty().bind(model.busy());
        working.managedProperty().bind(model.busy());
        setTop(new ToolBar(previous, page, next, languageLabel, language, print, save, working, error));
        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        view.imageProperty().bind(Bindings.createObjectBinding(() -> fx(model.currentPage().get()),
                model.currentPage()));
        ScrollPane scroll = new ScrollPane(view);
        scroll.setPadding(new Insets(8));
        setCenter(scroll);
        // Tibetan labels need the bundled font's style class (i18n.md); the window that holds this
        // view must also carry the app's stylesheet, as every LastMile window does
        ScriptStyle.applyLanguage(this, locale.getLanguage());
        locale.languageProperty().addListener((o, was, now) -> ScriptStyle.applyLanguage(this, now));
    }

    private Button button(String key, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(locale.text(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Page setup, then the system's print dialog, then every page fitted to the printable area. */
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return; // no printer on this system: the dialog cannot open
        }
        if (!job.showPageSetupDialog(window()) || !job.showPrintDialog(window())) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (BufferedImage page : model.pages()) {
            ImageView image = new ImageView(fx(page));
            image.setPreserveRatio(true);
            image.setFitWidth(layout.getPrintableWidth());
            image.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, image)) {
                job.cancelJob();
                return;
            }
        }
        job.endJob();
    }

    private void saveAs() {
        var source = model.file();
        if (source.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(source.get().getFileName().toString());
        var target = chooser.showSaveDialog(window());
        if (target != null) {
            try {
                Files.copy(source.get(), target.toPath(), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // the chooser picked an unwritable place: nothing was written; the button stays
            }
        }
    }

    /** An AWT page image as a JavaFX image (without javafx-swing, which the app does not ship). */
    static Image fx(BufferedImage page) {
        if (page == null) {
            return null;
        }
        int w = page.getWidth();
        int h = page.getHeight();
        int[] argb = page.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
