package org.lastmile.ui.casefile;

import java.util.Optional;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import org.lastmile.ui.common.Screen;
import org.lastmile.ui.common.UndoState;
import org.lastmile.ui.common.ViewContext;

/** A case as a screen of the window; a new case until its first save. */
public final class CaseFileScreen implements Screen {

    private final String id;
    private final CaseFileViewModel model;
    private final CaseFileView view;
    private final ObservableStringValue title;
    private final java.util.List<Runnable> onClose = new java.util.ArrayList<>();

    public CaseFileScreen(String id, CaseFileViewModel model, CaseFileView view, ViewContext ui) {
        this.id = id;
        this.model = model;
        this.view = view;
        this.title = ui.locale().text(() -> model.caseProperty().get() == null ? ui.locale().get("case.view.new")
                : model.caseProperty().get().number().toString(), model.caseProperty());
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
        return Optional.of(model.editor().undo());
    }

    /** Runs {@code action} when the screen closes (a part made elsewhere lets go of its listeners). */
    public void whenClosed(Runnable action) {
        onClose.add(action);
    }

    @Override
    public void close() {
        onClose.forEach(Runnable::run);
    }

    public CaseFileViewModel model() {
        return model;
    }
}
