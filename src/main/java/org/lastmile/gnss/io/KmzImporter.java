package org.lastmile.gnss.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * KMZ: a zip holding a KML document ({@code doc.kml} by convention, else the first {@code .kml}
 * entry) and its images. Every entry is inflated through a counter, so that no more than
 * {@link ImportLimits#maxUncompressedBytes()} are ever unpacked, however small the archive (a zip
 * bomb stops there with "larger than … MB").
 */
final class KmzImporter implements FormatImporter {

    private static final int BUFFER = 64 * 1024;

    @Override
    public void read(ImportInput input, ImportSink sink) {
        long cap = input.options().limits().maxUncompressedBytes();
        long inflated = 0;
        byte[] chosen = null;
        String chosenName = null;
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(input.data()))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                boolean kml = !entry.isDirectory() && name.toLowerCase(Locale.ROOT).endsWith(".kml");
                boolean wanted = kml && (chosen == null || (isDoc(name) && !isDoc(chosenName)));
                ByteArrayOutputStream out = wanted ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    if (inflated > cap) {
                        throw new ImportException(ImportError.TOO_LARGE, input.fileName(), cap >> 20);
                    }
                    if (out != null) {
                        if (out.size() + (long) n > input.options().limits().maxFileBytes()) {
                            // the document alone is held in memory: no larger than a file LastMile reads
                            throw new ImportException(ImportError.TOO_LARGE, input.fileName(),
                                    input.options().limits().maxFileBytes() >> 20);
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (out != null) {
                    chosen = out.toByteArray();
                    chosenName = name;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportException(e, ImportError.BROKEN, input.fileName(), "KMZ", 0,
                    new org.lastmile.common.Key("gnss.import.broken.zip"));
        }
        if (chosen == null) {
            throw new ImportException(ImportError.KMZ_WITHOUT_KML, input.fileName());
        }
        TextDecoder.Opened text = TextDecoder.open(chosen, true);
        if (text.gbkFallback()) {
            sink.warn(ImportWarning.Code.READ_AS_GBK);
        }
        new KmlImporter(chosenName + "!/").read(text.reader(), sink);
        int head = Math.min(chosen.length, MapAppHint.HEAD_CHARS * 3);
        MapAppHint.check(TextDecoder.decode(chosen, head).text(), input.options().datum(), sink);
    }

    private static boolean isDoc(String name) {
        return name != null && name.equalsIgnoreCase("doc.kml");
    }
}
