package org.lastmile.gnss.receiver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.lastmile.gnss.fix.FixTime;
import org.lastmile.gnss.fix.GnssFix;
import org.lastmile.gnss.nmea.NmeaFixReader;

/**
 * Plays a recorded NMEA log as if a receiver sent it: each epoch is published after the time that
 * separates it from the previous one in the log (from the sentence times; one second when a time
 * is missing or goes backwards), divided by the speed-up. The file is read as it plays, never
 * whole. At the end it stops ({@link ConnectionState#DISCONNECTED}), or starts over when looping.
 * Used by the demo and by tests.
 */
public final class ReplayReceiver extends AbstractReceiver {

    /** Speed-up that plays without pauses. */
    public static final double AS_FAST_AS_POSSIBLE = Double.POSITIVE_INFINITY;

    private final Path file;
    private final double speed;
    private final boolean loop;
    private final Scheduler scheduler;
    private NmeaFixReader reader;
    private FixTime previous;
    private Scheduler.Cancellable pending;
    private boolean started;
    private boolean closed;

    /**
     * @param file the NMEA log
     * @param speed 1 for real time, N for N times faster, {@link #AS_FAST_AS_POSSIBLE}
     * @param loop start over at the end of the log
     * @param scheduler paces the epochs
     * @param clock the clock of the status (age of the last fix)
     */
    public ReplayReceiver(Path file, double speed, boolean loop, Scheduler scheduler, Clock clock) {
        super(clock);
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
        this.file = Objects.requireNonNull(file, "file");
        this.speed = speed;
        this.loop = loop;
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public String description() {
        return file.getFileName().toString();
    }

    @Override
    public synchronized void start() {
        if (started || closed) {
            return;
        }
        started = true;
        status.connecting();
        publishStatus();
        pending = scheduler.schedule(Duration.ZERO, this::step);
    }

    private synchronized void step() {
        if (closed) {
            return;
        }
        try {
            if (reader == null) {
                InputStream in = Files.newInputStream(file);
                reader = new NmeaFixReader(in);
                status.connected();
                publishStatus();
            }
            Optional<GnssFix> next = reader.next();
            if (next.isEmpty()) {
                endOfLog();
                return;
            }
            GnssFix fix = next.get();
            Duration pause = pause(fix.time());
            pending = scheduler.schedule(pause, () -> publishAndContinue(fix));
        } catch (IOException | RuntimeException e) {
            closeReader();
            status.disconnected(ReceiverProblem.FILE_UNREADABLE, file.getFileName() + ": " + e.getMessage());
            publishStatus();
        }
    }

    private void publishAndContinue(GnssFix fix) {
        synchronized (this) {
            if (closed) {
                return;
            }
            publish(fix);
        }
        step();
    }

    private Duration pause(FixTime time) {
        double seconds = 1;
        if (previous == null) {
            seconds = 0;
        } else if (time != null) {
            double between = time.secondsSince(previous);
            seconds = between > 0 && between < 3600 ? between : 1;
        }
        if (time != null) {
            previous = time;
        }
        if (Double.isInfinite(speed)) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.round(seconds / speed * 1e9));
    }

    private void endOfLog() {
        closeReader();
        if (loop) {
            previous = null;
            pending = scheduler.schedule(Duration.ofSeconds(1), this::step);
        } else {
            status.disconnected(null, null);
            publishStatus();
        }
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // Nothing to do: the file was only read.
            }
            reader = null;
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (pending != null) {
            pending.cancel();
        }
        closeReader();
        status.disconnected(null, null);
    }
}
