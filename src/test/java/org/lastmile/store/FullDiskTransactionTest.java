package org.lastmile.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.LocalizedException;
import org.lastmile.store.open.Store;
import org.lastmile.sync.SmallDisk;

/**
 * After a commit that a full disk refused (the laptop's data folder a real 16 MiB tmpfs), every
 * later action is still one transaction: SQLite had rolled the refused one back by itself, the
 * driver's own rollback then failed before it began the next transaction, and the next actions ran
 * statement by statement — an action that failed halfway kept its first half, and every action,
 * reads included, ended in "cannot commit - no transaction is active".
 */
class FullDiskTransactionTest {

    @TempDir
    Path temp;

    @Test
    void afterACommitRefusedByAFullDiskActionsAreWholeAgain() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        try (SmallDisk disk = SmallDisk.mount(data, 16L << 20);
                Store store = TestStores.open(data, false)) {
            Database db = store.database();
            db.transaction(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    s.execute("CREATE TABLE scratch (x BLOB)");
                }
                return null;
            });
            long wal = Files.size(data.resolve("lastmile.db-wal"));
            Path filler = disk.fillLeaving(0);
            assertThatThrownBy(() -> db.transaction(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    s.execute("INSERT INTO scratch VALUES (randomblob(" + Math.max(2_000_000, 2 * wal) + "))");
                }
                return null;
            })).isInstanceOfSatisfying(LocalizedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("store.fault.diskfull"));
            Files.delete(filler);

            // An action that fails after its first statement: nothing of it stays.
            assertThatThrownBy(() -> db.transaction(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    s.execute("INSERT INTO scratch VALUES (x'01')");
                    s.execute("INSERT INTO no_such_table VALUES (1)");
                }
                return null;
            })).isInstanceOf(LocalizedException.class);
            assertThat(rows(db)).as("the failed action's first half").isZero();

            db.transaction(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    s.execute("INSERT INTO scratch VALUES (x'02')");
                }
                return null;
            });
            assertThat(rows(db)).isEqualTo(1);
        }
    }

    private static long rows(Database db) {
        return db.read(tx -> {
            try (Statement s = tx.connection().createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM scratch")) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
