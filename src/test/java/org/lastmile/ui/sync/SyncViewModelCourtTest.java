package org.lastmile.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.server.CourtServer;
import org.lastmile.store.TestStores;
import org.lastmile.store.settings.Settings;
import org.lastmile.sync.SyncClient;
import org.lastmile.sync.SyncSummary;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;

/** The sync screen's model enrolling with and syncing to the real court server (loopback, TLS). */
@ExtendWith(FxThread.class)
class SyncViewModelCourtTest {

    @TempDir
    Path laptop;
    @TempDir
    Path court;
    CourtServer server;
    int port;
    UiFixture fx;
    SyncViewModel model;

    @BeforeEach
    void start() {
        CourtServer.init(court, null);
        server = CourtServer.open(court, null, Clock.systemUTC());
        port = server.start("127.0.0.1", 0, Messages.of(Language.ENGLISH));
        fx = new UiFixture(laptop);
        model = new SyncViewModel(new SyncClient(fx.store, TestStores.CLOCK), fx.background, () -> "test-officer");
        model.load();
    }

    @AfterEach
    void stop() {
        fx.close();
        server.close();
    }

    @Test
    void enrolsWithTheOfficesCodeThenSendsEveryOperationAndSaysItIsSafeToUnplug() throws Exception {
        String officer = fx.store.settings().get(Settings.PROFILE_OFFICER).orElseThrow();
        model.serverUrl.set("https://localhost:" + port);
        model.code.set(server.enrolment().newCode(officer, null));
        model.caFile.set(court.resolve("ca.pem").toString());
        model.enrol();
        assertThat(model.problemProperty().get()).isNull();
        assertThat(model.enrolledProperty().get()).isTrue();
        assertThat(model.enrolmentProperty().get().officerId()).isEqualTo(officer);

        long outbox = count("SELECT count(*) FROM outbox");
        model.syncNow();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.lastRunProperty().get().outcome()).isNotEqualTo(SyncSummary.Outcome.STOPPED);
        assertThat(model.progressProperty().get().recordsTotal()).isEqualTo(outbox);
        assertThat(model.progressProperty().get().recordsDone()).isEqualTo(outbox);
        assertThat(count("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')")).isZero();
        assertThat(model.safeToUnplug()).isTrue();
    }

    @Test
    void aCodeTheCourtNeverIssuedIsRefusedInOneLine() {
        model.serverUrl.set("https://localhost:" + port);
        model.code.set("AAAA-BBBB-CCCC");
        model.caFile.set(court.resolve("ca.pem").toString());
        model.enrol();
        assertThat(model.problemProperty().get().messageKey()).isEqualTo("sync.error.codeRefused");
        assertThat(model.enrolledProperty().get()).isFalse();
    }

    private long count(String sql) {
        return fx.store.database().read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(sql); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
