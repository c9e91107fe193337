package org.lastmile.store.attachments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.store.blobs.BlobStore;

/**
 * Brings files into the blob store as attachments: photos (checked to be images, with EXIF time
 * and position), audio and documents, and body-camera files (large ones kept by reference). The
 * file is durable in the blob store before the record that names it is saved.
 */
public final class AttachmentImporter {

    private final BlobStore blobs;
    private final AttachmentLimits limits;
    private final ZoneId siteZone;

    public AttachmentImporter(BlobStore blobs, AttachmentLimits limits, ZoneId siteZone) {
        this.blobs = blobs;
        this.limits = limits;
        this.siteZone = siteZone;
    }

    /**
     * Imports a photo.
     *
     * @throws LocalizedException {@code attachment.error.notAnImage}, {@code attachment.error.tooLarge},
     *     {@code attachment.error.unreadable}
     */
    public AttachmentRef photo(Path file) {
        long size = size(file);
        if (size > limits.maxPhotoBytes()) {
            throw new LocalizedException("attachment.error.tooLarge", file.getFileName(), size >> 20,
                    limits.maxPhotoBytes() >> 20);
        }
        String format = imageFormat(file);
        PhotoMetadata meta = PhotoMetadata.read(file, siteZone);
        BlobStore.Stored stored = blobs.put(file);
        return new AttachmentRef(stored.sha256(), AttachmentKind.PHOTO, file.getFileName().toString(), stored.size(),
                "image/" + format, meta.takenAt(), meta.longitude(), meta.latitude(), false, null);
    }

    /**
     * Whether this laptop holds the file an attachment names: in the blob store, or where a large
     * file was kept. A record pulled from the court names files made on another laptop; they are
     * here only once the sync fetched them and they hashed to their names.
     */
    public boolean held(AttachmentRef a) {
        if (a.byReference() && a.location() != null && java.nio.file.Files.isRegularFile(Path.of(a.location()))) {
            return true;
        }
        return blobs.exists(a.sha256());
    }

    /** Imports every photo of a folder (a camera card's DCIM), skipping files that are not images. */
    public FolderImport photos(Path folder) {
        List<AttachmentRef> imported = new ArrayList<>();
        List<LocalizedException> skipped = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder, 4)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    imported.add(photo(file));
                } catch (LocalizedException e) {
                    skipped.add(e);
                }
            }
        } catch (IOException e) {
            throw new LocalizedException(e, "attachment.error.unreadable", folder);
        }
        return new FolderImport(imported, skipped);
    }

    /** Imports audio or a document, copied into the data directory. */
    public AttachmentRef file(Path file, AttachmentKind kind, String mediaType) {
        long size = size(file);
        if (size > limits.maxFileBytes()) {
            throw new LocalizedException("attachment.error.tooLarge", file.getFileName(), size >> 20,
                    limits.maxFileBytes() >> 20);
        }
        BlobStore.Stored stored = blobs.put(file);
        return new AttachmentRef(stored.sha256(), kind, file.getFileName().toString(), stored.size(), mediaType, null,
                null, null, false, null);
    }

    /**
     * Stores a document made by LastMile itself (for example a field file converted to GeoJSON in
     * WGS84/CGCS2000) under the name given, copied into the data directory by its SHA-256.
     */
    public AttachmentRef document(String fileName, byte[] content, AttachmentKind kind, String mediaType) {
        if (content.length > limits.maxFileBytes()) {
            throw new LocalizedException("attachment.error.tooLarge", fileName, content.length >> 20,
                    limits.maxFileBytes() >> 20);
        }
        BlobStore.Stored stored = blobs.put(new java.io.ByteArrayInputStream(content));
        return new AttachmentRef(stored.sha256(), kind, fileName, stored.size(), mediaType, null, null, null, false,
                null);
    }

    /** Imports a body-camera file: copied when small, otherwise hashed and kept where it is. */
    public AttachmentRef bodyCamera(Path file) {
        long size = size(file);
        if (size <= limits.copyBodyCameraUpTo()) {
            BlobStore.Stored stored = blobs.put(file);
            return new AttachmentRef(stored.sha256(), AttachmentKind.BODY_CAMERA, file.getFileName().toString(),
                    stored.size(), "video/mp4", null, null, null, false, null);
        }
        BlobStore.Stored hashed = BlobStore.hash(file);
        return new AttachmentRef(hashed.sha256(), AttachmentKind.BODY_CAMERA, file.getFileName().toString(),
                hashed.size(), "video/mp4", null, null, null, true, file.toAbsolutePath().toString());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new LocalizedException(e, "attachment.error.unreadable", file.getFileName());
        }
    }

    /** The image format the file's bytes really are, whatever its name says. */
    private static String imageFormat(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new LocalizedException("attachment.error.notAnImage", file.getFileName());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (reader.getWidth(0) <= 0) {
                    throw new LocalizedException("attachment.error.notAnImage", file.getFileName());
                }
                return reader.getFormatName().toLowerCase(Locale.ROOT);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new LocalizedException(e, "attachment.error.notAnImage", file.getFileName());
        }
    }

    /**
     * The result of importing a folder.
     *
     * @param imported the photos imported
     * @param skipped why each skipped file was not imported
     */
    public record FolderImport(List<AttachmentRef> imported, List<LocalizedException> skipped) {
    }
}
