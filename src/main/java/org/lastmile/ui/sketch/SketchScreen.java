package org.lastmile.ui.sketch;

import java.util.Optional;
import java.util.UUID;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import org.lastmile.ui.common.Screen;
import org.lastmile.ui.common.UndoState;
import org.lastmile.ui.common.ViewContext;

/** A case's site sketch as a screen of the window: {@code sketch:<case uuid>}. */
public final class SketchScreen implements Screen {

    private final String id;
    private final SketchViewModel model;
    private final SketchView view;
    private final ObservableStringValue title;
    private final Runnable onClose;

    public SketchScreen(UUID caseId, SketchViewModel model, SketchView view, ViewContext ui, Runnable onClose) {
        this.id = screenId(caseId);
        this.model = model;
        this.view = view;
        this.title = ui.text("sketch.screen.title");
        this.onClose = onClose;
    }

    public static String screenId(UUID caseId) {
        return "sketch:" + caseId;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public ObservableStringValue title() {
        return title;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public Optional<UndoState> undo() {
        return Optional.of(model.undo());
    }

    @Override
    public void focus() {
        view.focus();
    }

    @Override
    public void close() {
        onClose.run();
    }

    public SketchViewModel model() {
        return model;
    }
}
