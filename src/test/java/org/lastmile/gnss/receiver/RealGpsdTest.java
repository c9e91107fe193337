package org.lastmile.gnss.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
@Timeout(value = 4, unit = TimeUnit.MINUTES) // a hang's bound: two processes and a JVM on a loaded machine
class RealGpsdTest {

    @Test
    void readsFixesFromARealGpsd() throws Exception {
        GpsFake fake = new GpsFake();
        Path log = fake.log;
        fake.start();
        int port = fake.port();
        ScheduledExecutorService threads = Executors.newScheduledThreadPool(2);
        GpsdReceiver receiver = new GpsdReceiver("127.0.0.1", port, threads, Scheduler.of(threads), Clock.systemUTC());
        Recorder heard = new Recorder();
        receiver.addListener(heard);
        try {
            receiver.start();
            // ends at the eighth position; gpsfake paces the log, and gpsd may start slowly under load
            heard.awaitPositions(8, 120);
        } finally {
            receiver.close();
            fake.close();
            threads.shutdownNow();
        }
        List<GnssFix> nmea = new ArrayList<>();
        try (InputStream in = Files.newInputStream(log)) {
            NmeaParser.parse(in, nmea::add);
        }
        assertThat(heard.positions()).hasSizeGreaterThanOrEqualTo(8);
        for (GnssFix fix : heard.positions()) {
            if (fix.time() == null) {
                // gpsd may report a position before it knows the date (a GGA before the first RMC,
                // seen under load): it carries no time, so it is matched by its place in the log
                assertThat(nmea).anySatisfy(other -> {
                    assertThat(fix.latitude()).isCloseTo(other.latitude(), within(1e-7));
                    assertThat(fix.longitude()).isCloseTo(other.longitude(), within(1e-7));
                });
                continue;
            }
            // by time of day: before its first RMC gpsd may put a guessed date on a GGA's time
            GnssFix same = nmea.stream()
                    .filter(other -> other.time() != null && fix.time().timeOfDay().equals(other.time().timeOfDay()))
                    .findFirst().orElseThrow();
            assertThat(fix.latitude()).isCloseTo(same.latitude(), within(1e-7));
            assertThat(fix.longitude()).isCloseTo(same.longitude(), within(1e-7));
        }
        // most of what gpsd passes on is timed; an all-untimed run would match nothing by time
        assertThat(heard.positions()).filteredOn(fix -> fix.time() != null).hasSizeGreaterThanOrEqualTo(4);
    }
}
