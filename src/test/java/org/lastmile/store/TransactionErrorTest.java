package org.lastmile.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.store.open.Store;
import org.lastmile.store.settings.Settings;

/**
 * An action that ends in an {@link Error} (a class that fails to load, memory) is rolled back like
 * any failure, and the actions after it commit: before, the transaction stayed open and took every
 * later action in as "nested", each reported as saved, none committed, all lost to a kill.
 */
class TransactionErrorTest {

    @TempDir
    Path dir;

    @Test
    void anActionEndingInAnErrorIsRolledBackAndTheNextOneCommits() throws Exception {
        try (Store store = TestStores.open(dir, true)) {
            Database database = store.database();
            assertThatThrownBy(() -> database.transaction(tx -> {
                Settings.put(tx, "test.failed", "half", "test");
                throw new NoClassDefFoundError("org/lastmile/Replaced");
            })).isInstanceOf(NoClassDefFoundError.class);
            database.transaction(tx -> {
                Settings.put(tx, "test.saved", "after", "test");
                return null;
            });
            // what another connection sees is what a killed process leaves: the committed state
            assertThat(committed("test.saved")).contains("after");
            assertThat(committed("test.failed")).isEmpty();
        }
    }

    private Optional<String> committed(String key) throws Exception {
        try (Connection c = SqliteConnections.open("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
                PreparedStatement s = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }
}
