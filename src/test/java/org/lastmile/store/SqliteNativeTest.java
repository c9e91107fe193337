package org.lastmile.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeTest {

    @TempDir
    Path cache;

    private static byte[] driversLibrary() throws Exception {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }

    @Test
    void copiesTheDriversLibraryOnceAndRepairsADamagedCopy() throws Exception {
        Path file = SqliteNative.copyIn(cache).orElseThrow();
        assertThat(file.getFileName().toString()).isEqualTo(LibraryLoaderUtil.getNativeLibName());
        assertThat(Files.readAllBytes(file)).isEqualTo(driversLibrary());
        assertThat(Files.readString(cache.resolve(SqliteNative.NOTE))).endsWith("/" + file.getFileName());
        // Dated a day back: a rewrite would date it now, whatever the file system's clock resolution
        // (a 20 ms sleep between two writes could not tell them apart where it is coarser).
        var written = FileTime.from(Files.getLastModifiedTime(file).toInstant().minus(Duration.ofDays(1)));
        Files.setLastModifiedTime(file, written);

        assertThat(SqliteNative.copyIn(cache)).contains(file);
        assertThat(Files.getLastModifiedTime(file)).as("an intact copy is left alone").isEqualTo(written);

        Files.write(file, new byte[] {1, 2, 3});
        assertThat(SqliteNative.copyIn(cache)).contains(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(driversLibrary());
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aNoteNamingAnythingButOneOfTheDriversLibrariesIsIgnored() throws Exception {
        Path file = SqliteNative.copyIn(cache).orElseThrow();
        for (String note : new String[] {"/etc/passwd", "/org/sqlite/native/../../../etc/passwd",
            "/org/sqlite/native/Nowhere/x/lib.so", ""}) {
            Files.writeString(cache.resolve(SqliteNative.NOTE), note);
            assertThat(SqliteNative.copyIn(cache)).as(note).contains(file);
            assertThat(Files.readAllBytes(file)).isEqualTo(driversLibrary());
        }
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheDriverToItsDefault() throws Exception {
        Path notADirectory = Files.writeString(cache.resolve("file"), "x");
        assertThat(SqliteNative.copyIn(notADirectory)).isEmpty();
    }

    @Test
    void theCacheDirectoryFollowsEachSystemsConvention() {
        Path home = Path.of("/home/dolma");
        assertThat(DataDirectory.cache(Map.of(), "Linux", home)).isEqualTo(home.resolve(".cache/lastmile"));
        assertThat(DataDirectory.cache(Map.of("XDG_CACHE_HOME", "/c"), "Linux", home))
                .isEqualTo(Path.of("/c/lastmile"));
        assertThat(DataDirectory.cache(Map.of("LOCALAPPDATA", "/L"), "Windows 11", home))
                .isEqualTo(Path.of("/L/LastMile/cache"));
        assertThat(DataDirectory.cache(Map.of(), "Mac OS X", home))
                .isEqualTo(home.resolve("Library/Caches/LastMile"));
    }
}
