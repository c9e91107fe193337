package org.lastmile.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.lastmile.sync.LoopbackCourt;
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
    LoopbackCourt loopback;
    CourtServer server;
    int port;
    UiFixture fx;
    SyncViewModel model;

    @BeforeEach
    void start() {
        loopback = new LoopbackCourt(court);
        server = loopback.server();
        port = loopback.port();
        fx = new UiFixture(laptop);
        model = new SyncViewModel(new SyncClient(fx.store, TestStores.CLOCK), fx.background, () -> "test-officer");
        model.load();
    }

    @AfterEach
    void stop() {
        fx.close();
        loopback.close();
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

    @Test
    void aRevokedDeviceIsToldInTheLaptopsLanguageNotTheCourts() throws Exception {
        String officer = fx.store.settings().get(Settings.PROFILE_OFFICER).orElseThrow();
        model.serverUrl.set("https://localhost:" + port);
        model.code.set(server.enrolment().newCode(officer, null));
        model.caFile.set(court.resolve("ca.pem").toString());
        model.enrol();
        String device = model.enrolmentProperty().get().deviceId();
        assertThat(server.enrolment().revoke(java.util.UUID.fromString(device))).isTrue();

        model.syncNow();

        assertThat(model.lastRunProperty().get().outcome()).isEqualTo(SyncSummary.Outcome.NEEDS_PERSON);
        var problem = model.problemProperty().get();
        assertThat(problem.messageKey()).isEqualTo("sync.error.courtRefused");
        // the court speaks English; the screen shows the laptop's line, whichever language is current
        assertThat(Messages.of(Language.TIBETAN).get(problem)).contains("སྒྲིག་ཆས་ " + device + " ཕྱིར་འཐེན་བྱས་ཟིན།");
        assertThat(Messages.of(Language.CHINESE).get(problem)).contains("设备 " + device + " 已被吊销");
        assertThat(Messages.of(Language.ENGLISH).get(problem)).contains(device);
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
