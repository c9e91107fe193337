package org.lastmile.ui.settings;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.gnss.receiver.GpsdReceiver;
import org.lastmile.gnss.receiver.ReceiverChoice;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.Problems;

/**
 * The receiver part of the settings: none, gpsd (host and port), a serial device, or a recorded
 * NMEA log replayed for a demonstration. {@link #save()} checks the entry (one line saying what is
 * wrong, nothing saved) and stores it; the sketch screen opened next uses it.
 */
public final class ReceiverSettingsViewModel {

    private final Supplier<ReceiverChoice> stored;
    private final Consumer<ReceiverChoice> store;
    private final Background background;
    private final ObjectProperty<ReceiverChoice.Kind> kind = new SimpleObjectProperty<>(this, "kind",
            ReceiverChoice.Kind.NONE);
    private final StringProperty host = new SimpleStringProperty(this, "host", "localhost");
    private final StringProperty port = new SimpleStringProperty(this, "port", String.valueOf(GpsdReceiver.DEFAULT_PORT));
    private final StringProperty device = new SimpleStringProperty(this, "device", "");
    private final StringProperty replay = new SimpleStringProperty(this, "replay", "");
    private final ReadOnlyObjectWrapper<MessageKeyed> message = new ReadOnlyObjectWrapper<>(this, "message");

    /**
     * @param stored reads the stored choice (on the background executor)
     * @param store saves a choice (on the background executor)
     */
    public ReceiverSettingsViewModel(Supplier<ReceiverChoice> stored, Consumer<ReceiverChoice> store,
            Background background) {
        this.stored = Objects.requireNonNull(stored);
        this.store = Objects.requireNonNull(store);
        this.background = Objects.requireNonNull(background);
    }

    /** Shows the stored choice. */
    public void load() {
        background.run(stored::get, this::show, failure -> message.set(Problems.of(failure)));
    }

    private void show(ReceiverChoice c) {
        kind.set(c.kind());
        switch (c.kind()) {
            case GPSD -> {
                host.set(c.target());
                port.set(String.valueOf(c.port()));
            }
            case SERIAL -> device.set(c.target());
            case REPLAY -> replay.set(c.target());
            case NONE -> { }
        }
    }

    /** The choice as entered, or a problem saying what is wrong with it. */
    ReceiverChoice entered() {
        return switch (kind.get()) {
            case NONE -> ReceiverChoice.NONE;
            case GPSD -> {
                int p;
                try {
                    p = Integer.parseInt(port.get().strip());
                } catch (NumberFormatException e) {
                    throw new LocalizedException("gnss.receiver.choice.error.port", port.get());
                }
                yield ReceiverChoice.gpsd(host.get(), p);
            }
            case SERIAL -> ReceiverChoice.serial(device.get());
            case REPLAY -> {
                java.nio.file.Path file;
                try {
                    file = java.nio.file.Path.of(replay.get().strip());
                } catch (java.nio.file.InvalidPathException e) {
                    throw new LocalizedException("gnss.receiver.choice.error.noFile", replay.get());
                }
                if (replay.get().isBlank() || !java.nio.file.Files.isRegularFile(file)) {
                    throw new LocalizedException("gnss.receiver.choice.error.noFile", replay.get());
                }
                yield ReceiverChoice.replay(file);
            }
        };
    }

    /** Checks and stores the entry; a bad one leaves a one-line message and the stored choice unchanged. */
    public boolean save() {
        ReceiverChoice c;
        try {
            c = entered();
        } catch (LocalizedException e) {
            message.set(e);
            return false;
        }
        message.set(null);
        background.run(() -> {
            store.accept(c);
            return c;
        }, saved -> message.set(new MessageKey("settings.receiver.saved")), failure -> message.set(Problems.of(failure)));
        return true;
    }

    public ObjectProperty<ReceiverChoice.Kind> kindProperty() {
        return kind;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty deviceProperty() {
        return device;
    }

    public StringProperty replayProperty() {
        return replay;
    }

    /** The outcome of the last save ("saved"), or what was wrong; null before. */
    public ReadOnlyObjectProperty<MessageKeyed> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
