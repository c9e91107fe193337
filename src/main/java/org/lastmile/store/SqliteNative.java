package org.lastmile.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Lets the SQLite driver load its native library from a copy kept in the user's cache directory.
 * Left to itself, the driver (xerial) works out which of its libraries fits this system (about
 * 200 ms on a cold JVM), writes it from the jar to a new temporary file and compares the two a
 * byte at a time through a stream, on every start: 100–300 ms of the window's launch, all of it
 * before the store can open. Here the library is copied once into the cache, named by its CRC-32,
 * with a note of which library of the jar it is; on later starts the copy is checked against the
 * CRC-32 the jar records for that library, and the driver is pointed at it with its own system
 * properties {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}. Nothing is done when a
 * launcher has set them already; on any problem (or if the copy does not load) the driver does
 * what it does by default.
 */
public final class SqliteNative {

    /** The driver's property naming the folder of its native library. */
    public static final String PATH = "org.sqlite.lib.path";
    /** The driver's property naming the library file. */
    public static final String NAME = "org.sqlite.lib.name";

    /** The note of which library of the jar the copy is (its resource path). */
    static final String NOTE = "sqlite-native.txt";
    private static final String RESOURCES = "/org/sqlite/native/";

    private SqliteNative() {
    }

    /**
     * Points the driver at the copy in {@code cacheDir} (made or refreshed first), unless a launcher
     * chose a library already. Call before the first database is opened.
     *
     * @return whether the cached copy will be used
     */
    public static boolean useCopyIn(Path cacheDir) {
        if (System.getProperty(PATH) != null) {
            return false;
        }
        Optional<Path> copy = copyIn(cacheDir);
        copy.ifPresent(file -> {
            System.setProperty(PATH, file.getParent().toString());
            System.setProperty(NAME, file.getFileName().toString());
        });
        return copy.isPresent();
    }

    /**
     * The driver's library for this system as a file in {@code cacheDir}
     * ({@code sqlite-native-<crc32>/<library>}), copied there unless an intact copy is there
     * already. Empty when the driver has no library for this system or the copy cannot be made.
     */
    static Optional<Path> copyIn(Path cacheDir) {
        try {
            Path note = cacheDir.resolve(NOTE);
            if (Files.isRegularFile(note)) {
                Optional<Path> copy = intactCopy(cacheDir, Files.readString(note, StandardCharsets.UTF_8).strip());
                if (copy.isPresent()) {
                    return copy;
                }
            }
            String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
            byte[] library;
            try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return Optional.empty();
                }
                library = in.readAllBytes();
            }
            Path file = copyPath(cacheDir, resource, crc(library));
            Files.createDirectories(file.getParent());
            write(file, library);
            write(note, resource.getBytes(StandardCharsets.UTF_8));
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The copy of {@code resource} if it is there and has the CRC-32 the jar records for it. */
    private static Optional<Path> intactCopy(Path cacheDir, String resource) throws IOException {
        if (!resource.startsWith(RESOURCES) || resource.contains("..")) {
            return Optional.empty();
        }
        URL url = SQLiteJDBCLoader.class.getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        URLConnection connection = url.openConnection();
        long expected;
        if (connection instanceof JarURLConnection jar && jar.getJarEntry().getCrc() != -1) {
            expected = jar.getJarEntry().getCrc();
        } else {
            try (InputStream in = connection.getInputStream()) {
                expected = crc(in.readAllBytes());
            }
        }
        Path file = copyPath(cacheDir, resource, expected);
        if (!Files.isRegularFile(file) || crc(Files.readAllBytes(file)) != expected) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private static Path copyPath(Path cacheDir, String resource, long crc) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return cacheDir.resolve("sqlite-native-" + Long.toHexString(crc)).resolve(name);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** Writes a file whole or not at all (another LastMile may be starting at the same time). */
    private static void write(Path file, byte[] bytes) throws IOException {
        Path part = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            Files.write(part, bytes);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
