package org.lastmile.ui.main;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.lastmile.ui.common.Screen;

/** The open screens of the window, one tab each; opening a screen that is open shows it. */
public final class ScreenHost {

    private final TabPane tabs = new TabPane();
    private final Map<String, Tab> open = new LinkedHashMap<>();
    private final Map<Tab, Screen> screens = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Screen> active = new ReadOnlyObjectWrapper<>(this, "active");
    /** Told when a screen opens, closes, is renamed or shown: the window remembers what is open. */
    private Runnable changed = () -> { };

    public ScreenHost() {
        tabs.setId("screens");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            // Only the shown screen is in the scene graph: a language switch restyles and lays out
            // every node in the scene (the :lang-bo pseudo-class on the root changes every font), and the
            // hidden tabs made that several times slower. A screen keeps its state in its view
            // model and its nodes; it is styled again when it is shown.
            if (old != null && screens.containsKey(old)) {
                old.setContent(null);
            }
            Screen screen = now == null ? null : screens.get(now);
            if (now != null && screen != null) {
                now.setContent(screen.view());
            }
            active.set(screen);
            if (screen != null) {
                Platform.runLater(screen::focus);
            }
            changed.run();
        });
    }

    /** Runs {@code action} whenever a screen opens, closes, is renamed or is shown. */
    public void onChange(Runnable action) {
        changed = action;
    }

    /** The open screens in tab order, and the one shown. */
    public OpenScreens openScreens() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        String shown = null;
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        for (Tab tab : tabs.getTabs()) {
            for (Map.Entry<String, Tab> e : open.entrySet()) {
                if (e.getValue() == tab) {
                    ids.add(e.getKey());
                    shown = tab == selected ? e.getKey() : shown;
                }
            }
        }
        return new OpenScreens(ids, shown);
    }

    /** Shows the screen with this id, making it with {@code factory} if it is not open. */
    public Screen show(String id, Supplier<Screen> factory) {
        Tab tab = open.get(id);
        if (tab == null) {
            Screen screen = factory.get();
            tab = new Tab();
            tab.setId("tab-" + id);
            tab.textProperty().bind(screen.title());
            tab.setClosable(screen.closable());
            Tab created = tab;
            tab.setOnClosed(e -> forget(created));
            open.put(id, tab);
            screens.put(tab, screen);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().select(tab);
        return screens.get(tab);
    }

    /** The open screen with this id. */
    public Optional<Screen> find(String id) {
        return Optional.ofNullable(open.get(id)).map(screens::get);
    }

    /** Replaces the id of an open screen (a new case becomes {@code case:<uuid>} once saved). */
    public void rename(String oldId, String newId) {
        Tab tab = open.remove(oldId);
        if (tab != null) {
            open.put(newId, tab);
            changed.run();
        }
    }

    /** Closes the active screen if it may be closed. */
    public void closeActive() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null && tab.isClosable()) {
            tabs.getTabs().remove(tab);
            forget(tab);
        }
    }

    /** Closes every screen (the window is closing): each saves what is pending. */
    public void closeAll() {
        for (Screen screen : screens.values()) {
            screen.close();
        }
        screens.clear();
        open.clear();
    }

    private void forget(Tab tab) {
        Screen screen = screens.remove(tab);
        open.values().remove(tab);
        if (screen != null) {
            screen.close();
        }
        changed.run();
    }

    public ReadOnlyObjectProperty<Screen> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public TabPane view() {
        return tabs;
    }
}
