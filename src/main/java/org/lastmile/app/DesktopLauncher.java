package org.lastmile.app;

import org.lastmile.app.cli.GlobalOptions;

/** Starts the JavaFX toolkit and shows the main window. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void open(GlobalOptions options) {
        javafx.application.Platform.startup(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setTitle("LastMile");
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 800, 600));
            stage.show();
        });
    }
}
