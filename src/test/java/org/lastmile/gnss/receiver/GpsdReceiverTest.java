package org.lastmile.gnss.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lastmile.gnss.fix.FixQuality;
import org.lastmile.gnss.fix.GnssFix;
import org.lastmile.gnss.nmea.NmeaParser;

/**
 * {@link GpsdReceiver} against gpsd's real protocol: a local server replays what gpsd 3.22 sent
 * for the Quectel L70 log (src/test/resources/gpsd/README.md says how it was recorded).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES) // a hang's bound; await() below waits for the event
class GpsdReceiverTest {

    final ManualScheduler scheduler = new ManualScheduler();
    final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        // the condition is the event; the bound only turns a hang into a failure (10 s was within
        // reach of a loaded two-core machine)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void readsGpsdsReportsAsFixes() throws Exception {
        try (FakeGpsd gpsd = new FakeGpsd(FakeGpsd.recorded("quectel-L70.gpsd.json"))) {
            GpsdReceiver receiver = new GpsdReceiver("127.0.0.1", gpsd.port(), executor, scheduler, scheduler.clock());
            Recorder heard = new Recorder();
            receiver.addListener(heard);
            receiver.start();
            await(() -> receiver.status().state() == ConnectionState.DISCONNECTED && !heard.fixes.isEmpty());
            receiver.close();

            assertThat(gpsd.commands).containsExactly("?WATCH={\"enable\":true,\"json\":true}");
            List<GnssFix> fixes = heard.positions();
            List<GnssFix> nmea = new java.util.ArrayList<>();
            try (InputStream in = getClass().getResourceAsStream("/nmea/quectel-L70.log")) {
                NmeaParser.parse(in, nmea::add);
            }
            assertThat(fixes).hasSizeGreaterThanOrEqualTo(10);
            assertThat(fixes).extracting(fix -> fix.time().toString()).doesNotHaveDuplicates();
            for (GnssFix fix : fixes) {
                GnssFix same = nmea.stream().filter(other -> fix.time().equals(other.time())).findFirst().orElseThrow();
                assertThat(fix.latitude()).isCloseTo(same.latitude(), within(1e-9));
                assertThat(fix.longitude()).isCloseTo(same.longitude(), within(1e-9));
                assertThat(fix.quality()).isEqualTo(FixQuality.DGPS);
            }
            GnssFix last = fixes.get(fixes.size() - 1);
            assertThat(last.altitude()).isEqualTo(1102.3);
            assertThat(fixes).anySatisfy(fix -> assertThat(fix.hasSigma()).isTrue());
            assertThat(last.satellitesUsed()).isEqualTo(8);
            assertThat(heard.states()).containsSubsequence(ConnectionState.CONNECTING, ConnectionState.NO_FIX,
                    ConnectionState.FIX, ConnectionState.DISCONNECTED);
        }
    }

    @Test
    void reconnectsAfterTheConnectionDrops() throws Exception {
        try (FakeGpsd gpsd = new FakeGpsd(FakeGpsd.recorded("quectel-L70.gpsd.json"))) {
            GpsdReceiver receiver = new GpsdReceiver("127.0.0.1", gpsd.port(), executor, scheduler, scheduler.clock());
            Recorder heard = new Recorder();
            receiver.addListener(heard);
            receiver.start();
            await(() -> receiver.status().problem() == ReceiverProblem.CONNECTION_LOST);
            int first = heard.positions().size();
            assertThat(scheduler.nextDelay()).isEqualTo(Duration.ofSeconds(1));
            scheduler.advance(Duration.ofSeconds(1));
            await(() -> gpsd.commands.size() == 2 && receiver.status().problem() == ReceiverProblem.CONNECTION_LOST
                    && heard.positions().size() == 2 * first);
            assertThat(scheduler.nextDelay()).isEqualTo(Duration.ofSeconds(1)); // a good session resets the pause
            receiver.close();
            assertThat(scheduler.pending()).isZero();
        }
    }

    @Test
    void retriesWithGrowingPausesWhenNobodyAnswers() throws Exception {
        // A port held bound but never listening: every connect to it is refused, and no other process
        // can take it meanwhile (a port found free and closed again could be taken before the tries).
        try (Socket held = new Socket()) {
            held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            GpsdReceiver receiver = new GpsdReceiver("127.0.0.1", held.getLocalPort(), executor, scheduler,
                    scheduler.clock());
            receiver.start();
            for (int seconds : new int[] {1, 2, 4, 8}) {
                await(() -> scheduler.pending() == 1);
                assertThat(receiver.status().problem()).isEqualTo(ReceiverProblem.CONNECTION_REFUSED);
                assertThat(scheduler.nextDelay()).isEqualTo(Duration.ofSeconds(seconds));
                scheduler.advance(Duration.ofSeconds(seconds));
            }
            receiver.close();
        }
    }

    @Test
    void garbageAndHugeLinesFromTheServerAreSkipped() throws Exception {
        String tpv = "{\"class\":\"TPV\",\"mode\":3,\"status\":2,\"time\":\"2024-07-05T04:15:03.000Z\","
                + "\"lat\":37.33,\"lon\":100.14,\"altMSL\":3301.5}\n";
        String session = "not json\n{\"class\":\n" + "x".repeat(200_000) + "\n\u0000\u00ff\n" + tpv;
        try (FakeGpsd gpsd = new FakeGpsd(FakeGpsd.text(session))) {
            GpsdReceiver receiver = new GpsdReceiver("127.0.0.1", gpsd.port(), executor, scheduler, scheduler.clock());
            Recorder heard = new Recorder();
            receiver.addListener(heard);
            receiver.start();
            await(() -> receiver.status().state() == ConnectionState.DISCONNECTED && !heard.fixes.isEmpty());
            receiver.close();
            assertThat(heard.positions()).singleElement().satisfies(fix -> {
                assertThat(fix.latitude()).isEqualTo(37.33);
                assertThat(fix.longitude()).isEqualTo(100.14);
                assertThat(fix.quality()).isEqualTo(FixQuality.DGPS);
                assertThat(fix.time()).hasToString("2024-07-05T04:15:03.000Z");
            });
        }
    }

}
