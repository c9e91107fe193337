package org.lastmile.gnss.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.gnss.average.AveragedPosition;
import org.lastmile.gnss.average.AveragingSettings;
import org.lastmile.gnss.average.CornerAverager;
import org.lastmile.gnss.fix.FixQuality;
import org.lastmile.gnss.fix.GnssFix;
import org.lastmile.gnss.nmea.Nmea;

class ReplayReceiverTest {

    final ManualScheduler scheduler = new ManualScheduler();

    static Path log(String name) throws Exception {
        return Path.of(ReplayReceiverTest.class.getResource("/nmea/" + name + ".log").toURI());
    }

    @Test
    void playsAtTheLogsOwnPace() throws Exception {
        ReplayReceiver receiver = new ReplayReceiver(log("neo-m8n"), 1, false, scheduler, scheduler.clock());
        Recorder heard = new Recorder();
        receiver.addListener(heard);
        receiver.start();
        scheduler.runDue();
        assertThat(heard.positions()).hasSize(1);
        scheduler.advance(Duration.ofMillis(999));
        assertThat(heard.positions()).hasSize(1);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(heard.positions()).hasSize(2);
        scheduler.advance(Duration.ofSeconds(30));
        assertThat(heard.positions()).hasSize(24);
        assertThat(heard.states()).containsSubsequence(ConnectionState.CONNECTING, ConnectionState.NO_FIX,
                ConnectionState.FIX, ConnectionState.DISCONNECTED);
        assertThat(heard.last().problem()).isNull();
    }

    @Test
    void playsFasterWhenAsked() throws Exception {
        ReplayReceiver receiver = new ReplayReceiver(log("neo-m8n"), 10, false, scheduler, scheduler.clock());
        Recorder heard = new Recorder();
        receiver.addListener(heard);
        receiver.start();
        scheduler.advance(Duration.ofMillis(2300));
        assertThat(heard.positions()).hasSize(24);
    }

    @Test
    void theStatusTellsQualitySatellitesAccuracyAndTheAgeOfTheLastFix() throws Exception {
        ReplayReceiver receiver = new ReplayReceiver(log("quectel-L70"), 1, false, scheduler, scheduler.clock());
        receiver.start();
        scheduler.advance(Duration.ofSeconds(2));
        ReceiverStatus status = receiver.status();
        assertThat(status.state()).isEqualTo(ConnectionState.FIX);
        assertThat(status.quality()).isEqualTo(FixQuality.DGPS);
        assertThat(status.satellitesUsed()).isEqualTo(8);
        assertThat(status.hdop()).isEqualTo(0.94);
        assertThat(status.estimatedAccuracy()).isEqualTo(Math.hypot(6.6, 7.0)); // the receiver's GST of 15:01:21
        assertThat(status.ageOfLastFix()).isEqualTo(Duration.ZERO);
        receiver.close();
        ReceiverStatus closed = receiver.status();
        assertThat(closed.state()).isEqualTo(ConnectionState.DISCONNECTED);
        scheduler.advance(Duration.ofSeconds(3));
        assertThat(receiver.status().ageOfLastFix()).isEqualTo(Duration.ofSeconds(3));
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void aStaleFixIsNoLongerAFix() throws Exception {
        ReplayReceiver receiver = new ReplayReceiver(log("neo-m8n"), 1, true, scheduler, scheduler.clock());
        Recorder heard = new Recorder();
        receiver.addListener(heard);
        receiver.start();
        scheduler.advance(Duration.ofSeconds(23));
        assertThat(receiver.status().state()).isEqualTo(ConnectionState.FIX);
        receiver.removeListener(heard);
        int before = heard.fixes.size();
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(heard.fixes).hasSize(before);
        assertThat(receiver.status().state()).isEqualTo(ConnectionState.FIX); // looping: fixes go on
    }

    @Test
    void aMissingFileIsAProblem(@TempDir Path dir) {
        ReplayReceiver receiver = new ReplayReceiver(dir.resolve("gone.log"), 1, false, scheduler, scheduler.clock());
        receiver.start();
        scheduler.runDue();
        assertThat(receiver.status().state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(receiver.status().problem()).isEqualTo(ReceiverProblem.FILE_UNREADABLE);
    }

    /**
     * The acceptance test: a corner averaged from a replayed log carries a σ that reflects
     * its HDOP. The same recorded log is replayed twice, the second time with every HDOP doubled
     * (sentences re-checksummed); the positions are identical, the σ grows.
     */
    @Test
    void aCornerAveragedFromAReplayedLogHasASigmaThatReflectsItsHdop(@TempDir Path dir) throws Exception {
        Path original = log("st-teseo-liv3f");
        Path worse = dir.resolve("worse-hdop.log");
        Files.writeString(worse, scaleHdop(Files.readString(original, StandardCharsets.ISO_8859_1), 4),
                StandardCharsets.ISO_8859_1);
        AveragingSettings settings = AveragingSettings.defaults().withMinFixes(20).withAllowPoorAccuracy(true);
        AveragedPosition good = averageReplay(original, settings);
        AveragedPosition poor = averageReplay(worse, settings);
        assertThat(good.used()).isEqualTo(poor.used()).isGreaterThanOrEqualTo(25);
        assertThat(poor.latitude()).isEqualTo(good.latitude());
        assertThat(poor.meanHdop()).isCloseTo(4 * good.meanHdop(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(poor.sigmaHorizontal()).isGreaterThan(3 * good.sigmaHorizontal());
        assertThat(good.sigmaHorizontal()).isGreaterThan(0.5); // never the naive σ/√n of centimetres
    }

    private AveragedPosition averageReplay(Path file, AveragingSettings settings) {
        ReplayReceiver receiver = new ReplayReceiver(file, 1, false, scheduler, scheduler.clock());
        CornerAverager averager = new CornerAverager(settings);
        receiver.addListener(new ReceiverListener() {
            @Override
            public void onFix(GnssFix fix) {
                averager.offer(fix);
            }
        });
        receiver.start();
        scheduler.advance(Duration.ofMinutes(2));
        return averager.capture();
    }

    /** Multiplies the HDOP of every GGA and GSA by a factor, fixing the checksums. */
    static String scaleHdop(String log, double factor) {
        StringBuilder out = new StringBuilder();
        Pattern sentence = Pattern.compile("\\$([^*\\r\\n]*)\\*[0-9A-Fa-f]{2}");
        Matcher matcher = sentence.matcher(log);
        while (matcher.find()) {
            String body = matcher.group(1);
            String[] fields = body.split(",", -1);
            int hdopField = body.startsWith("GGA", 2) ? 8 : body.startsWith("GSA", 2) ? 16 : -1;
            if (hdopField > 0 && fields.length > hdopField && !fields[hdopField].isEmpty()) {
                fields[hdopField] = String.format(java.util.Locale.ROOT, "%.2f", Double.parseDouble(fields[hdopField]) * factor);
                body = String.join(",", fields);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(Nmea.sentence(body)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @Test
    void scaleHdopKeepsEverythingElse() throws Exception {
        String text = Files.readString(log("neo-m8n"), StandardCharsets.ISO_8859_1);
        List<GnssFix> original = Nmea.positions(text);
        List<GnssFix> scaled = Nmea.positions(scaleHdop(text, 2));
        assertThat(scaled).hasSameSizeAs(original);
        assertThat(scaled.get(3).latitude()).isEqualTo(original.get(3).latitude());
        assertThat(scaled.get(3).hdop()).isEqualTo(2 * original.get(3).hdop());
    }
}
