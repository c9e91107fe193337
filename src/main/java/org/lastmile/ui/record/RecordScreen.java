package org.lastmile.ui.record;

import java.util.Optional;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import org.lastmile.ui.common.PartsOutOfView;
import org.lastmile.ui.common.Screen;
import org.lastmile.ui.common.UndoState;
import org.lastmile.ui.common.ViewContext;

/** An on-site record as a screen of the window: {@code record:<uuid>}, titled by its type. */
public final class RecordScreen implements Screen {

    private final String id;
    private final RecordViewModel model;
    private final RecordView view;
    private final ObservableStringValue title;
    private Runnable whenClosed = () -> { };

    public RecordScreen(String id, RecordViewModel model, RecordView view, ViewContext ui) {
        this.id = id;
        this.model = model;
        this.view = view;
        this.title = ui.locale().text(() -> model.editor().current() == null ? ui.locale().get("record.screen.loading")
                : ui.locale().get(model.editor().current().type().messageKey()), model.editor().currentProperty());
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

    @Override
    public void focus() {
        view.focus();
    }

    @Override
    public PartsOutOfView.Held holdPartsOutOfView() {
        return view.holdPartsOutOfView();
    }

    /** Saves what is pending (the store thread runs it before it stops). */
    @Override
    public void close() {
        view.remember();
        model.closing();
        model.editor().close();
        whenClosed.run();
    }

    /** Also done when the screen closes (the receiver giving the place is closed with it). */
    public void whenClosed(Runnable action) {
        whenClosed = java.util.Objects.requireNonNull(action);
    }

    public RecordViewModel model() {
        return model;
    }
}
