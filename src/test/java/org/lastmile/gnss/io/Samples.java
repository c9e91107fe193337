package org.lastmile.gnss.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample files under src/test/resources/import/. */
final class Samples {

    private Samples() {
    }

    static Path path(String name) {
        try {
            return Path.of(Samples.class.getResource("/import/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no sample " + name, e);
        }
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult load(String name) {
        return new FileImporter().importFile(path(name), ImportOptions.defaults());
    }

    static ImportResult load(String name, ImportOptions options) {
        return new FileImporter().importFile(path(name), options);
    }
}
