package org.lastmile.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.lastmile.gnss.nmea.NmeaParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * NMEA parsing speed: {@code parse} runs the full parser (checksums, fields, cycle assembly, a
 * {@code GnssFix} per epoch) over all recorded logs repeated to {@value #SIZE} bytes; the baseline
 * {@code readLines} only splits the same bytes into lines with a {@link BufferedReader}. Budget:
 * at least 50 MB/s of log. Run with {@code scripts/bench Nmea}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NmeaParseBenchmark {

    static final int SIZE = 16 << 20;
    static final String[] LOGS = {"beidou-bd", "beidou-gb", "bt-q818", "garmin48", "mtk-3301", "neo-m8n",
        "nmea-fuzzy-cases", "quectel-L70", "st-teseo-liv3f", "ublox-f9p-hpnmea"};

    byte[] log;

    @Setup
    public void load() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String name : LOGS) {
            try (InputStream in = NmeaParseBenchmark.class.getResourceAsStream("/nmea/" + name + ".log")) {
                all.writeBytes(in.readAllBytes());
            }
        }
        byte[] one = all.toByteArray();
        log = new byte[SIZE];
        for (int i = 0; i < SIZE; i += one.length) {
            System.arraycopy(one, 0, log, i, Math.min(one.length, SIZE - i));
        }
    }

    @Benchmark
    public long parse(Blackhole hole) throws IOException {
        return NmeaParser.parse(new ByteArrayInputStream(log), hole::consume).fixes();
    }

    @Benchmark
    public long readLines(Blackhole hole) throws IOException {
        long lines = 0;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(log), StandardCharsets.ISO_8859_1), 1 << 16)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                hole.consume(line);
                lines++;
            }
        }
        return lines;
    }
}
