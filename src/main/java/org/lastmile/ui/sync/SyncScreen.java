package org.lastmile.ui.sync;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import org.lastmile.ui.common.Screen;
import org.lastmile.ui.common.ViewContext;

/** The sync as a screen of the window. */
public final class SyncScreen implements Screen {

    /** The screen's id in the window (one sync screen at a time). */
    public static final String ID = "sync";

    private final SyncViewModel model;
    private final SyncView view;
    private final ObservableStringValue title;

    public SyncScreen(SyncViewModel model, SyncView view, ViewContext ui) {
        this.model = model;
        this.view = view;
        this.title = ui.text("sync.screen.title");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ObservableStringValue title() {
        return title;
    }

    @Override
    public Node view() {
        return view.root();
    }

    public SyncViewModel model() {
        return model;
    }
}
