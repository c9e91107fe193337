package org.lastmile.ui.record.attachments;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Asks the officer which files to attach. The window shows JavaFX's file and folder choosers
 * ({@link FileChoosers}); tests hand in paths.
 */
public interface AttachmentChooser {

    /** Makes the chooser of a window (the file dialogs need their owner). */
    @FunctionalInterface
    interface Factory {
        AttachmentChooser forWindow(java.util.function.Supplier<javafx.stage.Window> owner);
    }

    /** Photos picked one by one; empty when cancelled. */
    List<Path> photos();

    /** A folder of photos (a camera card's DCIM); empty when cancelled. */
    Optional<Path> folder();

    /** A body-camera video (kept by reference when large); empty when cancelled. */
    Optional<Path> bodyCameraFile();

    /**
     * A field file to import as features (GPX, KML, KMZ, CSV, GeoJSON, CASS .dat); empty when
     * cancelled.
     */
    default Optional<Path> fieldFile() {
        return Optional.empty();
    }
}
