package org.lastmile.ui.sketch.basemap;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.lastmile.common.MessageKeyed;
import org.lastmile.service.BasemapService;
import org.lastmile.service.BasemapService.Basemap;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.Problems;

/**
 * The offline basemap under the sketch: the MBTiles file remembered in the settings is opened
 * when the screen opens, another can be chosen, and it can be turned off and on (remembered too).
 * A missing or damaged file leaves one line and no basemap; the sketch is drawn as always.
 */
public final class BasemapViewModel implements AutoCloseable {

    private final BasemapService service;
    private final Background background;
    private final Supplier<String> actor;
    private final ReadOnlyObjectWrapper<Basemap> basemap = new ReadOnlyObjectWrapper<>(this, "basemap");
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final ReadOnlyObjectWrapper<MessageKeyed> message = new ReadOnlyObjectWrapper<>(this, "message");
    private boolean loading;

    public BasemapViewModel(BasemapService service, Background background, Supplier<String> actor) {
        this.service = Objects.requireNonNull(service);
        this.background = Objects.requireNonNull(background);
        this.actor = Objects.requireNonNull(actor);
        shown.addListener((o, a, now) -> {
            if (!loading) {
                String who = actor.get();
                background.run(() -> {
                    service.rememberShown(now, who);
                    return now;
                }, done -> { }, failure -> message.set(Problems.of(failure)));
            }
        });
    }

    /** Opens the remembered file, if one was chosen before. */
    public void load() {
        background.run(() -> {
            Optional<Path> file = service.rememberedFile();
            boolean on = service.shown();
            return new Object[] {file, on, file.map(service::open).orElse(null)};
        }, loaded -> {
            loading = true;
            shown.set((Boolean) loaded[1]);
            loading = false;
            set((Basemap) loaded[2]);
        }, failure -> message.set(Problems.of(failure)));
    }

    /** Opens another file and remembers it; a bad one leaves the current basemap as it is. */
    public void choose(Path file) {
        String who = actor.get();
        background.run(() -> {
            Basemap opened = service.open(file);
            service.remember(file, who);
            return opened;
        }, opened -> {
            set(opened);
            shown.set(true);
        }, failure -> message.set(Problems.of(failure)));
    }

    private void set(Basemap now) {
        Basemap old = basemap.get();
        basemap.set(now);
        if (old != null && old != now) {
            old.close();
        }
        message.set(now == null ? null : new MessageKey("sketch.basemap.opened", now.name()));
    }

    /** The open basemap, or null. */
    public ReadOnlyObjectProperty<Basemap> basemapProperty() {
        return basemap.getReadOnlyProperty();
    }

    /** Whether it is drawn. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The last outcome (opened, or why not), one line; null when there is nothing to say. */
    public ReadOnlyObjectProperty<MessageKeyed> messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        set(null);
    }
}
