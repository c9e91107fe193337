package org.lastmile.ui.settings;

import java.io.IOException;
import java.nio.file.Path;

/** Shows a folder in the system's file manager; the composition root supplies the OS's way. */
@FunctionalInterface
public interface FolderOpener {

    void open(Path folder) throws IOException;
}
