package org.lastmile.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lastmile.ui.record.attachments.AttachmentChooser;

/** The files "chosen" in a test: what the test put here, instead of a file dialog. */
final class FixedFiles implements AttachmentChooser {

    final List<Path> photos = new ArrayList<>();
    Path folder;
    Path bodyCamera;

    @Override
    public List<Path> photos() {
        return List.copyOf(photos);
    }

    @Override
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> bodyCameraFile() {
        return Optional.ofNullable(bodyCamera);
    }
}
