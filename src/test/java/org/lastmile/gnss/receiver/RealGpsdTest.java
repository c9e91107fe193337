package org.lastmile.gnss.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lastmile.gnss.fix.GnssFix;
import org.lastmile.gnss.nmea.NmeaParser;

/**
 * {@link GpsdReceiver} against a real gpsd, fed a recorded log (in a loop) by gpsd's own {@code gpsfake}.
 * Skipped when gpsfake is not installed (Debian package {@code gpsd-clients}, with {@code gpsd}).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RealGpsdTest {

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
    void readsFixesFromARealGpsd() throws Exception {
        Optional<Path> gpsfake = onPath("gpsfake");
        assumeTrue(gpsfake.isPresent() && Files.isExecutable(Path.of("/usr/sbin/gpsd")), "gpsd and gpsfake not installed");
        Path log = Path.of(getClass().getResource("/nmea/quectel-L70.log").toURI());
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Process fake = new ProcessBuilder(gpsfake.get().toString(), "-q", "-c", "0.05", "-P",
                String.valueOf(port), log.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ScheduledExecutorService threads = Executors.newScheduledThreadPool(2);
        GpsdReceiver receiver = new GpsdReceiver("127.0.0.1", port, threads, Scheduler.of(threads), Clock.systemUTC());
        Recorder heard = new Recorder();
        receiver.addListener(heard);
        try {
            receiver.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while (heard.positions().size() < 8 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            receiver.close();
            fake.descendants().forEach(ProcessHandle::destroy);
            fake.destroy();
            fake.waitFor(10, TimeUnit.SECONDS);
            threads.shutdownNow();
        }
        List<GnssFix> nmea = new ArrayList<>();
        try (InputStream in = Files.newInputStream(log)) {
            NmeaParser.parse(in, nmea::add);
        }
        assertThat(heard.positions()).hasSizeGreaterThanOrEqualTo(8);
        for (GnssFix fix : heard.positions()) {
            GnssFix same = nmea.stream().filter(other -> fix.time().equals(other.time())).findFirst().orElseThrow();
            assertThat(fix.latitude()).isCloseTo(same.latitude(), within(1e-7));
            assertThat(fix.longitude()).isCloseTo(same.longitude(), within(1e-7));
        }
    }
}
