package org.lastmile.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.lastmile.ui.settings.FolderOpener;

/** Opens a folder with the desktop's file manager: xdg-open, explorer or open. */
final class SystemFolderOpener implements FolderOpener {

    @Override
    public void open(Path folder) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String command = os.startsWith("windows") ? "explorer" : os.startsWith("mac") ? "open" : "xdg-open";
        new ProcessBuilder(command, folder.toAbsolutePath().toString()).inheritIO().start();
    }
}
