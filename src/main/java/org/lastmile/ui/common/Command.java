package org.lastmile.ui.common;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ButtonBase;

/**
 * An action a view model offers, with whether it can run now. Views bind a button to it; tests
 * call {@link #execute()}.
 */
public final class Command {

    private final Runnable action;
    private final ObservableBooleanValue executable;

    public Command(Runnable action, ObservableBooleanValue executable) {
        this.action = Objects.requireNonNull(action);
        this.executable = Objects.requireNonNull(executable);
    }

    /** A command that can always run. */
    public static Command always(Runnable action) {
        return new Command(action, Bindings.createBooleanBinding(() -> true));
    }

    public ObservableBooleanValue executableProperty() {
        return executable;
    }

    public boolean isExecutable() {
        return executable.get();
    }

    /** Runs the action if it can run now. */
    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }

    /** Makes a button run this command and be disabled while it cannot. */
    public void bind(ButtonBase button) {
        button.disableProperty().bind(Bindings.not(executable));
        button.setOnAction(e -> execute());
    }
}
