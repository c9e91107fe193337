package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.gnss.fix.GnssFix;
import org.lastmile.gnss.receiver.ConnectionState;
import org.lastmile.gnss.receiver.GpsFake;
import org.lastmile.gnss.receiver.Receiver;
import org.lastmile.gnss.receiver.ReceiverChoice;
import org.lastmile.gnss.receiver.ReceiverListener;
import org.lastmile.gnss.receiver.ReceiverStatus;
import org.lastmile.gnss.receiver.Scheduler;
import org.lastmile.service.ReceiverSetting;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.sketch.gnss.ReceiverStatusViewModel;

/**
 * The desktop's receiver as the settings choose it: the choice saved in a real store, read back,
 * opened, and fed by a real gpsd (Debian's gpsd with gpsfake playing a recorded u-blox/Quectel log
 * from gpsd's own regression suite). Skipped where gpsfake is not installed.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES) // a hang's bound: gpsd, gpsfake and a store on a loaded machine
class ReceiverFromSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theSavedGpsdChoiceGivesFixesFromARealGpsd() throws Exception {
        try (GpsFake fake = new GpsFake()) {
            fake.start(); // the port is gpsd's once it listens (GpsFake)
            receive(fake.port());
        }
    }

    private void receive(int port) throws Exception {
        UiFixture fixture = new UiFixture(dir);
        ReceiverSetting setting = ReceiverSetting.of(fixture.store);
        assertThat(setting.get()).isEqualTo(ReceiverChoice.NONE);
        setting.choose(ReceiverChoice.gpsd("127.0.0.1", port), "test");
        ReceiverChoice chosen = ReceiverSetting.of(fixture.store).get();
        assertThat(chosen.format()).isEqualTo("gpsd:127.0.0.1:" + port);

        ScheduledExecutorService threads = Executors.newScheduledThreadPool(2);
        Receiver receiver = chosen.open(threads, Scheduler.of(threads), Clock.systemUTC()).orElseThrow();
        ReceiverStatusViewModel status = new ReceiverStatusViewModel(receiver, Runnable::run, () -> 5.0);
        CountDownLatch fixes = new CountDownLatch(3);
        AtomicReference<ReceiverStatus> last = new AtomicReference<>();
        receiver.addListener(new ReceiverListener() {
            @Override
            public void onFix(GnssFix fix) {
                if (fix.hasPosition()) {
                    last.set(receiver.status());
                    fixes.countDown();
                }
            }
        });
        try {
            receiver.start();
            assertThat(fixes.await(2, TimeUnit.MINUTES)).as("three positions from gpsd").isTrue();
        } finally {
            receiver.close();
            threads.shutdownNow();
            fixture.close();
        }
        assertThat(last.get().state()).isEqualTo(ConnectionState.FIX);
        assertThat(status.lastFixProperty().get()).isNotNull();
        // the log was recorded near Calgary (51.07°N 114.10°W)
        assertThat(status.lastFixProperty().get().latitude()).isBetween(51.0, 51.2);
        assertThat(status.lastFixProperty().get().longitude()).isBetween(-114.2, -114.0);
    }
}
