package org.lastmile.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.store.attachments.AttachmentImporter;

/**
 * Bringing files in as attachments (附件): photos, a camera card's folder, body-camera files, and
 * documents LastMile makes itself. Each file is durable in the data directory (named by its
 * SHA-256) before a record names it; naming it is a change of the record ({@link RecordService}).
 */
public final class AttachmentService {

    /**
     * What a batch brought in.
     *
     * @param imported the attachments, ready for the record to name
     * @param skipped why each file left out was not imported (not an image, too large, unreadable)
     */
    public record Batch(List<AttachmentRef> imported, List<LocalizedException> skipped) {

        public Batch {
            imported = List.copyOf(imported);
            skipped = List.copyOf(skipped);
        }
    }

    private final AttachmentImporter importer;

    public AttachmentService(AttachmentImporter importer) {
        this.importer = Objects.requireNonNull(importer);
    }

    /** Imports the photos chosen; a file that is not an image or too large is skipped, named. */
    public Batch photos(List<Path> files) {
        List<AttachmentRef> imported = new ArrayList<>();
        List<LocalizedException> skipped = new ArrayList<>();
        for (Path file : files) {
            try {
                imported.add(importer.photo(file));
            } catch (LocalizedException e) {
                skipped.add(e);
            }
        }
        return new Batch(imported, skipped);
    }

    /** Imports every photo of a folder (a camera card's DCIM). */
    public Batch folder(Path folder) {
        AttachmentImporter.FolderImport found = importer.photos(folder);
        return new Batch(found.imported(), found.skipped());
    }

    /** Whether the file is on this laptop (a pulled record's photo may still be coming from the court). */
    public boolean held(AttachmentRef a) {
        return importer.held(a);
    }

    /** Imports a body-camera file: copied when small, otherwise hashed and kept where it is. */
    public AttachmentRef bodyCamera(Path file) {
        return importer.bodyCamera(file);
    }

    /** Stores a document LastMile made (a converted field file) under the name given. */
    public AttachmentRef document(String fileName, byte[] content, AttachmentKind kind, String mediaType) {
        return importer.document(fileName, content, kind, mediaType);
    }
}
