package org.lastmile.ui.docs;

import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.main.MainWindow;

/**
 * A window of its own for a document's preview, so that the officer can page through what the
 * parties will get and print it while the record stays open beside it. Rendering runs in the
 * background; the window shows at once with its progress.
 */
public final class DocumentWindow {

    private final ViewContext ui;
    private final Background background;
    private final Supplier<Window> owner;

    public DocumentWindow(ViewContext ui, Background background, Supplier<Window> owner) {
        this.ui = ui;
        this.background = background;
        this.owner = owner;
    }

    /**
     * Opens the window and renders the document into it in {@code language}; the window's choice of
     * languages renders it again ({@code renderPdf} answers the file written).
     */
    public void show(DocumentPreviewViewModel.Renderer renderPdf, org.lastmile.docs.DocumentLanguage language) {
        DocumentPreviewViewModel model = new DocumentPreviewViewModel(background);
        DocumentPreviewView view = new DocumentPreviewView(model, ui.locale());
        Stage stage = new Stage();
        Window parent = owner.get();
        if (parent != null) {
            stage.initOwner(parent);
        }
        stage.titleProperty().bind(ui.text("docs.preview.title"));
        Scene scene = new Scene(view, 900, 700);
        scene.getStylesheets().addAll(ui.fonts().stylesheet(),
                MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.render(renderPdf, language);
    }
}
