package org.lastmile.gnss.receiver;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.lastmile.common.LocalizedException;

/**
 * Which receiver the laptop uses, as the settings keep it in one line: {@code none},
 * {@code gpsd:HOST:PORT}, {@code serial:DEVICE} or {@code replay:FILE} (a recorded NMEA log played
 * in a loop, for demonstrations and training). {@link #open} makes the receiver.
 *
 * @param kind which sort of receiver
 * @param target the gpsd host, the serial device or the log file; empty for {@link Kind#NONE}
 * @param port gpsd's TCP port (0 for the other kinds)
 */
public record ReceiverChoice(Kind kind, String target, int port) {

    /** The sorts of receiver. */
    public enum Kind {
        NONE, GPSD, SERIAL, REPLAY
    }

    /** No receiver: corners are typed or imported. */
    public static final ReceiverChoice NONE = new ReceiverChoice(Kind.NONE, "", 0);

    public ReceiverChoice {
        Objects.requireNonNull(kind);
        target = target == null ? "" : target.strip();
        if (kind != Kind.NONE && target.isEmpty()) {
            throw new LocalizedException("gnss.receiver.choice.error.empty");
        }
        if (kind == Kind.GPSD && (port < 1 || port > 65_535)) {
            throw new LocalizedException("gnss.receiver.choice.error.port", String.valueOf(port));
        }
        if (kind != Kind.GPSD) {
            port = 0;
        }
    }

    public static ReceiverChoice gpsd(String host, int port) {
        return new ReceiverChoice(Kind.GPSD, host, port);
    }

    public static ReceiverChoice serial(String device) {
        return new ReceiverChoice(Kind.SERIAL, device, 0);
    }

    public static ReceiverChoice replay(Path log) {
        return new ReceiverChoice(Kind.REPLAY, log.toString(), 0);
    }

    /**
     * Reads the stored line; an empty or missing one is {@link #NONE}.
     *
     * @throws LocalizedException when the line is not one of the forms above
     */
    public static ReceiverChoice parse(String line) {
        String s = line == null ? "" : line.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("none")) {
            return NONE;
        }
        int colon = s.indexOf(':');
        String head = colon < 0 ? s : s.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? "" : s.substring(colon + 1);
        switch (head) {
            case "gpsd" -> {
                int last = rest.lastIndexOf(':');
                if (last < 0) {
                    return gpsd(rest, GpsdReceiver.DEFAULT_PORT);
                }
                try {
                    return gpsd(rest.substring(0, last), Integer.parseInt(rest.substring(last + 1).strip()));
                } catch (NumberFormatException e) {
                    throw new LocalizedException("gnss.receiver.choice.error.port", rest.substring(last + 1));
                }
            }
            case "serial" -> {
                return serial(rest);
            }
            case "replay" -> {
                return new ReceiverChoice(Kind.REPLAY, rest, 0);
            }
            default -> throw new LocalizedException("gnss.receiver.choice.error.unknown", s);
        }
    }

    /** The line the settings keep; {@link #parse} reads it back. */
    public String format() {
        return switch (kind) {
            case NONE -> "none";
            case GPSD -> "gpsd:" + target + ":" + port;
            case SERIAL -> "serial:" + target;
            case REPLAY -> "replay:" + target;
        };
    }

    /**
     * The receiver, not yet started; empty for {@link Kind#NONE}. A replay plays in real time and
     * starts over at the end of the log.
     *
     * @param executor runs the blocking reads (one task per connection)
     * @param scheduler paces replays and reconnection attempts
     */
    public Optional<Receiver> open(Executor executor, Scheduler scheduler, Clock clock) {
        return switch (kind) {
            case NONE -> Optional.empty();
            case GPSD -> Optional.of(new GpsdReceiver(target, port, executor, scheduler, clock));
            case SERIAL -> Optional.of(new SerialReceiver(new JSerialCommPorts(), target, 0, executor, scheduler, clock));
            case REPLAY -> Optional.of(new ReplayReceiver(Path.of(target), 1, true, scheduler, clock));
        };
    }
}
