package org.lastmile.gnss.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.lastmile.common.Key;

/**
 * KMZ: a zip holding a KML document ({@code doc.kml} by convention, else the first {@code .kml}
 * entry) and its images. Nothing is unpacked into memory: a first pass inflates every entry
 * through a counter (no more than {@link ImportLimits#maxUncompressedBytes()} in all, and the
 * document no larger than a file LastMile reads, so a zip bomb stops there with "larger than …
 * MB"), and checks the document's encoding; a second pass streams the document into the KML
 * reader. The archive's own bytes are the only copy held.
 */
final class KmzImporter implements FormatImporter {

    private static final int BUFFER = 64 * 1024;
    private static final int HEAD = MapAppHint.HEAD_CHARS * 3;

    @Override
    public void read(ImportInput input, ImportSink sink) {
        Found found = find(input);
        TextDecoder.Choice choice = TextDecoder.choose(found.head, true, () -> found.utf8);
        if (choice.gbkFallback()) {
            sink.warn(ImportWarning.Code.READ_AS_GBK);
        }
        try (ZipInputStream zip = open(input)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && !entry.getName().equals(found.name)) {
                // the document is found again by its name
            }
            zip.skipNBytes(choice.skip());
            new KmlImporter(found.name + "!/").read(TextDecoder.reader(zip, choice.charset()), sink);
        } catch (IOException | IllegalArgumentException e) {
            throw broken(e, input);
        }
        MapAppHint.check(TextDecoder.decode(found.head, found.head.length).text(), input.options().datum(), sink);
    }

    /** The document's entry name, its first bytes and whether it is all UTF-8. */
    private record Found(String name, byte[] head, boolean utf8) {
    }

    private static Found find(ImportInput input) {
        ImportLimits limits = input.options().limits();
        long inflated = 0;
        String chosen = null;
        byte[] chosenHead = null;
        boolean chosenUtf8 = false;
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream zip = open(input)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                boolean kml = !entry.isDirectory() && name.toLowerCase(Locale.ROOT).endsWith(".kml");
                boolean wanted = kml && (chosen == null || (isDoc(name) && !isDoc(chosen)));
                TextDecoder.Utf8Check utf8 = wanted ? new TextDecoder.Utf8Check() : null;
                byte[] head = new byte[HEAD];
                int headLength = 0;
                long entryBytes = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    entryBytes += n;
                    if (inflated > limits.maxUncompressedBytes()) {
                        throw new ImportException(ImportError.TOO_LARGE, input.fileName(),
                                limits.maxUncompressedBytes() >> 20);
                    }
                    if (kml && entryBytes > limits.maxFileBytes()) {
                        throw new ImportException(ImportError.TOO_LARGE, input.fileName(), limits.maxFileBytes() >> 20);
                    }
                    if (utf8 != null) {
                        utf8.feed(buffer, n);
                        int take = Math.min(n, HEAD - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                }
                if (wanted) {
                    chosen = name;
                    chosenHead = Arrays.copyOf(head, headLength);
                    chosenUtf8 = utf8.valid();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw broken(e, input);
        }
        if (chosen == null) {
            throw new ImportException(ImportError.KMZ_WITHOUT_KML, input.fileName());
        }
        return new Found(chosen, chosenHead, chosenUtf8);
    }

    private static ZipInputStream open(ImportInput input) {
        return new ZipInputStream(new ByteArrayInputStream(input.data()));
    }

    private static ImportException broken(Exception e, ImportInput input) {
        return new ImportException(e, ImportError.BROKEN, input.fileName(), "KMZ", 0, new Key("gnss.import.broken.zip"));
    }

    private static boolean isDoc(String name) {
        return name != null && name.equalsIgnoreCase("doc.kml");
    }
}
