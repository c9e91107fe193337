package org.lastmile.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.Messages;
import org.lastmile.server.CourtServer;
import org.lastmile.service.SettingsService;
import org.lastmile.store.TestStores;
import org.lastmile.store.settings.Settings;
import org.lastmile.sync.CourtProbe;
import org.lastmile.sync.LoopbackCourt;
import org.lastmile.sync.SyncClient;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.Profile;
import org.lastmile.ui.settings.SettingsViewModel;

/**
 * The automatic sync against the real court server on loopback (TLS): it syncs only when the
 * setting is on and the court answers, and never starts a second run beside a running one.
 */
@ExtendWith(FxThread.class)
class AutoSyncTest {

    @TempDir
    Path laptop;
    @TempDir
    Path court;
    LoopbackCourt loopback;
    CourtServer server;
    UiFixture fx;
    SettingsService settings;
    SyncViewModel sync;
    AutoSync auto;

    @BeforeEach
    void enrol() throws Exception {
        loopback = new LoopbackCourt(court);
        server = loopback.server();
        int port = loopback.port();
        fx = new UiFixture(laptop);
        settings = SettingsService.of(fx.store);
        SyncClient client = new SyncClient(fx.store, TestStores.CLOCK);
        String officer = fx.store.settings().get(Settings.PROFILE_OFFICER).orElseThrow();
        client.enrol("https://localhost:" + port, server.enrolment().newCode(officer, null), court.resolve("ca.pem"),
                "laptop");
        sync = new SyncViewModel(client, fx.background, () -> "test-officer");
        sync.load();
        auto = new AutoSync(sync, fx.background, settings::autoSync, CourtProbe.standard()::reachable,
                TestStores.CLOCK);
    }

    @AfterEach
    void stop() {
        fx.close();
        loopback.close();
    }

    @Test
    void isOffUnlessChosenAndThenSendsNothing() {
        auto.tick();
        assertThat(auto.statusProperty().get()).isEqualTo(AutoSync.Status.OFF);
        assertThat(sync.lastRunProperty().get()).isNull();
        assertThat(unsent()).isPositive();
    }

    @Test
    void theSettingsCheckboxTurnsItOnAndTheNextTickSyncsEverything() {
        SettingsViewModel screen = new SettingsViewModel(settings, fx.store.courts(), new LocaleService(Language.CHINESE),
                fx.background, new Profile(UUID.fromString(settings.profileOfficer().orElseThrow())), laptop, p -> { });
        screen.load();
        assertThat(screen.autoSyncProperty().get()).isFalse();
        screen.autoSyncProperty().set(true);
        assertThat(settings.autoSync()).isTrue();

        auto.tick();
        assertThat(auto.statusProperty().get()).isEqualTo(AutoSync.Status.STARTED);
        assertThat(auto.checkedAtProperty().get()).isEqualTo(TestStores.CLOCK.instant());
        assertThat(sync.lastRunProperty().get()).isNotNull();
        assertThat(unsent()).isZero();
        assertThat(sync.safeToUnplug()).isTrue();
    }

    @Test
    void aCourtThatDoesNotAnswerStartsNothing() {
        settings.rememberAutoSync(true, "test-officer");
        server.close();
        auto.tick();
        assertThat(auto.statusProperty().get()).isEqualTo(AutoSync.Status.UNREACHABLE);
        assertThat(sync.lastRunProperty().get()).isNull();
        assertThat(unsent()).isPositive();
    }

    @Test
    void neverAsksOrStartsWhileSyncNowRuns() {
        settings.rememberAutoSync(true, "test-officer");
        Deque<Runnable> queued = new ArrayDeque<>();
        SyncViewModel app = new SyncViewModel(new SyncClient(fx.store, TestStores.CLOCK), new Background(queued::add),
                () -> "test-officer");
        app.load();
        AutoSync timer = new AutoSync(app, new Background(queued::add), settings::autoSync,
                CourtProbe.standard()::reachable, TestStores.CLOCK);
        assertThat(app.syncNow()).isNotNull();
        assertThat(app.runningProperty().get()).isTrue();

        timer.tick();
        assertThat(timer.statusProperty().get()).isEqualTo(AutoSync.Status.BUSY);
        assertThat(queued).hasSize(1); // only the "Sync now" run: no probe, no second run queued
    }

    @Test
    void aDeviceNotEnrolledIsNotProbed(@TempDir Path other) {
        UiFixture fresh = new UiFixture(other);
        try {
            SettingsService.of(fresh.store).rememberAutoSync(true, "test-officer");
            SyncViewModel model = new SyncViewModel(new SyncClient(fresh.store, TestStores.CLOCK), fresh.background,
                    () -> "test-officer");
            model.load();
            AutoSync timer = new AutoSync(model, fresh.background, SettingsService.of(fresh.store)::autoSync,
                    uri -> { throw new AssertionError("probed " + uri); }, TestStores.CLOCK);
            timer.tick();
            assertThat(timer.statusProperty().get()).isEqualTo(AutoSync.Status.NOT_ENROLLED);
            assertThat(timer.checkedAtProperty().get()).isNull();
        } finally {
            fresh.close();
        }
    }

    @Test
    void theStatusReadsInEachLanguage() {
        for (Language language : Language.values()) {
            for (AutoSync.Status status : AutoSync.Status.values()) {
                assertThat(Messages.of(language).get(status)).doesNotContain(status.messageKey());
            }
        }
    }

    private long unsent() {
        return fx.store.database().read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')"); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
