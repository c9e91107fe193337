package org.lastmile.ui.settings;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import org.lastmile.ui.common.Screen;
import org.lastmile.ui.common.ViewContext;

/** The settings as a screen of the window. */
public final class SettingsScreen implements Screen {

    private final SettingsViewModel model;
    private final SettingsView view;
    private final ObservableStringValue title;

    public SettingsScreen(SettingsViewModel model, SettingsView view, ViewContext ui) {
        this.model = model;
        this.view = view;
        this.title = ui.text("settings.title");
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public ObservableStringValue title() {
        return title;
    }

    @Override
    public Node view() {
        return view.root();
    }

    public SettingsViewModel model() {
        return model;
    }
}
