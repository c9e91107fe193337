package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
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
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReceiverFromSettingsTest {

    @TempDir
    Path dir;

    static Optional<Path> onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void theSavedGpsdChoiceGivesFixesFromARealGpsd() throws Exception {
        Optional<Path> gpsfake = onPath("gpsfake");
        assumeTrue(gpsfake.isPresent() && Files.isExecutable(Path.of("/usr/sbin/gpsd")), "gpsd and gpsfake not installed");
        Path log = Path.of(getClass().getResource("/nmea/quectel-L70.log").toURI());
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        UiFixture fixture = new UiFixture(dir);
        ReceiverSetting setting = ReceiverSetting.of(fixture.store);
        assertThat(setting.get()).isEqualTo(ReceiverChoice.NONE);
        setting.choose(ReceiverChoice.gpsd("127.0.0.1", port), "test");
        ReceiverChoice chosen = ReceiverSetting.of(fixture.store).get();
        assertThat(chosen.format()).isEqualTo("gpsd:127.0.0.1:" + port);

        Process fake = new ProcessBuilder(gpsfake.get().toString(), "-q", "-c", "0.05", "-P", String.valueOf(port),
                log.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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
            assertThat(fixes.await(40, TimeUnit.SECONDS)).as("three positions from gpsd").isTrue();
        } finally {
            receiver.close();
            fake.descendants().forEach(ProcessHandle::destroy);
            fake.destroy();
            fake.waitFor(10, TimeUnit.SECONDS);
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
