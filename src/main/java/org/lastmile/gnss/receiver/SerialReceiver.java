package org.lastmile.gnss.receiver;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.lastmile.gnss.nmea.NmeaParser;

/**
 * A receiver on a serial or USB-serial port speaking NMEA 0183. On start (and after every loss) it
 * waits for the port to be present, finds the baud rate ({@link BaudDetector}), and reads; when the
 * port vanishes (the receiver was unplugged) or stays silent, it closes the port and tries again
 * after 1, 2, 4 … 30 s ({@link ReconnectingReceiver}). Blocking reads run on the injected executor,
 * pauses on the scheduler.
 */
public final class SerialReceiver extends ReconnectingReceiver {

    /** Reads without a byte after which the port is taken for dead (about 10 s with jSerialComm). */
    static final int SILENT_READS_ALLOWED = 40;

    private final SerialPorts ports;
    private final String portName;
    private int baud;

    /**
     * @param ports the machine's ports ({@link JSerialCommPorts})
     * @param portName the port, as {@link SerialPorts#list()} names it ({@code /dev/ttyUSB0}, {@code COM3})
     * @param preferredBaud the rate to try first (for example the last one that worked), or 0
     */
    public SerialReceiver(SerialPorts ports, String portName, int preferredBaud, Executor executor,
            Scheduler scheduler, Clock clock) {
        super(executor, scheduler, clock);
        this.ports = Objects.requireNonNull(ports, "ports");
        this.portName = Objects.requireNonNull(portName, "portName");
        this.baud = preferredBaud;
    }

    @Override
    public String description() {
        return portName;
    }

    /** The baud rate found, or 0 before the first connection. */
    public synchronized int baud() {
        return baud;
    }

    @Override
    void session() {
        if (ports.list().stream().noneMatch(port -> port.name().equals(portName))) {
            lost(ReceiverProblem.PORT_NOT_FOUND, portName);
            return;
        }
        Optional<BaudDetector.Detected> detected;
        try {
            detected = BaudDetector.detect(ports, portName, baud());
        } catch (IOException e) {
            lost(ReceiverProblem.PORT_UNAVAILABLE, portName);
            return;
        }
        if (detected.isEmpty()) {
            lost(ReceiverProblem.NO_NMEA, portName);
            return;
        }
        SerialPorts.SerialLink open = detected.get().link();
        if (!attach(open)) {
            open.close();
            return;
        }
        synchronized (this) {
            baud = detected.get().baud();
        }
        connected();
        read(open, detected.get().heard());
    }

    private void read(SerialPorts.SerialLink open, byte[] heard) {
        NmeaParser parser = new NmeaParser(this::publish);
        parser.accept(heard, 0, heard.length);
        byte[] buffer = new byte[4096];
        int silent = 0;
        try {
            while (!isClosed()) {
                int n = open.read(buffer);
                if (n < 0) {
                    break;
                }
                silent = n == 0 ? silent + 1 : 0;
                if (silent > SILENT_READS_ALLOWED) {
                    break;
                }
                parser.accept(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            // The port went away under the read: handled as a loss below.
        }
        open.close();
        if (!isClosed()) {
            parser.finish();
        }
        lost(ReceiverProblem.CONNECTION_LOST, portName);
    }
}
