package org.lastmile.gnss.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SerialReceiver} with fake ports: NMEA comes only at the receiver's real baud rate, other
 * rates give garbage as a real port does; the port can be unplugged and plugged back. Everything
 * runs on the test's thread (a same-thread executor and a manual scheduler).
 */
class SerialReceiverTest {

    final ManualScheduler scheduler = new ManualScheduler();

    /** Ports with one receiver at a fixed rate that sends a recorded log once per connection. */
    static final class FakePorts implements SerialPorts {
        final int rate;
        final byte[] log;
        boolean present = true;
        final List<Integer> opened = new ArrayList<>();

        FakePorts(int rate, byte[] log) {
            this.rate = rate;
            this.log = log;
        }

        @Override
        public List<SerialPortInfo> list() {
            return present ? List.of(new SerialPortInfo("/dev/ttyUSB0", "u-blox GNSS receiver")) : List.of();
        }

        @Override
        public SerialLink open(String name, int baud) throws IOException {
            if (!present || !name.equals("/dev/ttyUSB0")) {
                throw new IOException("no such port");
            }
            opened.add(baud);
            Random noise = new Random(baud);
            return new SerialLink() {
                int position;

                @Override
                public int read(byte[] buffer) {
                    if (baud != rate) {
                        noise.nextBytes(buffer);
                        return Math.min(buffer.length, 100);
                    }
                    if (position >= log.length) {
                        return -1; // unplugged after the log
                    }
                    int n = Math.min(Math.min(buffer.length, 300), log.length - position);
                    System.arraycopy(log, position, buffer, 0, n);
                    position += n;
                    return n;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    static byte[] log(String name) throws IOException {
        try (InputStream in = SerialReceiverTest.class.getResourceAsStream("/nmea/" + name + ".log")) {
            return in.readAllBytes();
        }
    }

    @Test
    void findsTheBaudRateReadsFixesAndReconnectsAfterUnplugging() throws Exception {
        FakePorts ports = new FakePorts(38400, log("ublox-f9p-hpnmea"));
        SerialReceiver receiver = new SerialReceiver(ports, "/dev/ttyUSB0", 0, Runnable::run, scheduler, scheduler.clock());
        Recorder heard = new Recorder();
        receiver.addListener(heard);
        receiver.start();

        assertThat(ports.opened).containsExactly(4800, 9600, 38400);
        assertThat(receiver.baud()).isEqualTo(38400);
        assertThat(heard.positions()).hasSize(9);
        assertThat(receiver.status().state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(receiver.status().problem()).isEqualTo(ReceiverProblem.CONNECTION_LOST);

        ports.present = false;
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(receiver.status().problem()).isEqualTo(ReceiverProblem.PORT_NOT_FOUND);
        assertThat(scheduler.nextDelay()).isEqualTo(Duration.ofSeconds(2));

        ports.present = true;
        ports.opened.clear();
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(ports.opened).containsExactly(38400); // the rate that worked is tried first
        assertThat(heard.positions()).hasSize(18);
        assertThat(heard.states()).containsSubsequence(ConnectionState.CONNECTING, ConnectionState.NO_FIX,
                ConnectionState.FIX, ConnectionState.DISCONNECTED);
        receiver.close();
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void aPortWithoutNmeaAtAnyRateIsAProblem() throws Exception {
        FakePorts ports = new FakePorts(1200, log("neo-m8n"));
        SerialReceiver receiver = new SerialReceiver(ports, "/dev/ttyUSB0", 9600, Runnable::run, scheduler, scheduler.clock());
        receiver.start();
        assertThat(ports.opened).containsExactly(9600, 4800, 38400, 115200);
        assertThat(receiver.status().problem()).isEqualTo(ReceiverProblem.NO_NMEA);
        assertThat(receiver.status().problemDetail()).isEqualTo("/dev/ttyUSB0");
        receiver.close();
    }

    @Test
    void theRealPortListWorksWithoutHardware() {
        assertThat(new JSerialCommPorts().list()).isNotNull();
    }
}
