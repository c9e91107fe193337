package org.lastmile.gnss.receiver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Reads fixes from gpsd over TCP (default port 2947) with its JSON protocol: after connecting it
 * sends {@code ?WATCH={"enable":true,"json":true}} and turns TPV, SKY and GST reports into fixes
 * ({@link GpsdJson}). When the connection fails or drops, it retries after 1, 2, 4 … 30 s.
 * The blocking reads run on the injected executor (one task per connection), the pauses on the
 * scheduler.
 */
public final class GpsdReceiver extends AbstractReceiver {

    /** gpsd's port. */
    public static final int DEFAULT_PORT = 2947;

    static final String WATCH = "?WATCH={\"enable\":true,\"json\":true}\n";
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int MAX_LINE = 1 << 16;

    private final String host;
    private final int port;
    private final Executor executor;
    private final Scheduler scheduler;
    private final ObjectMapper json = new ObjectMapper();
    private final Backoff backoff = new Backoff();
    private Socket socket;
    private Scheduler.Cancellable retry;
    private boolean started;
    private volatile boolean closed;

    public GpsdReceiver(String host, int port, Executor executor, Scheduler scheduler, Clock clock) {
        super(clock);
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.executor = Objects.requireNonNull(executor, "executor");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public String description() {
        return "gpsd " + host + ":" + port;
    }

    @Override
    public synchronized void start() {
        if (started || closed) {
            return;
        }
        started = true;
        executor.execute(this::session);
    }

    /** One connection, from connecting to its end; then a retry is scheduled. */
    private void session() {
        if (closed) {
            return;
        }
        status.connecting();
        publishStatus();
        Socket connection = new Socket();
        synchronized (this) {
            if (closed) {
                return;
            }
            socket = connection;
        }
        boolean connected = false;
        try {
            connection.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            connected = true;
            OutputStream out = connection.getOutputStream();
            out.write(WATCH.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            status.connected();
            publishStatus();
            backoff.reset();
            read(new BoundedLineReader(connection.getInputStream(), MAX_LINE));
            lost(ReceiverProblem.CONNECTION_LOST, description());
        } catch (IOException e) {
            lost(connected ? ReceiverProblem.CONNECTION_LOST : ReceiverProblem.CONNECTION_REFUSED,
                    description() + ": " + e.getMessage());
        } finally {
            try {
                connection.close();
            } catch (IOException e) {
                // Already gone.
            }
        }
    }

    private void read(BoundedLineReader lines) throws IOException {
        GpsdJson reports = new GpsdJson();
        for (String line = lines.readLine(); line != null && !closed; line = lines.readLine()) {
            JsonNode report;
            try {
                report = json.readTree(line);
            } catch (JsonProcessingException e) {
                continue;
            }
            if (report == null) {
                continue;
            }
            switch (report.path("class").asText()) {
                case "TPV" -> reports.tpv(report).forEach(this::publish);
                case "SKY" -> reports.sky(report);
                case "GST" -> reports.gst(report);
                default -> { }
            }
        }
        reports.flush().ifPresent(this::publish);
    }

    private void lost(ReceiverProblem problem, String detail) {
        synchronized (this) {
            socket = null;
            if (closed) {
                return;
            }
            retry = scheduler.schedule(backoff.next(), () -> executor.execute(this::session));
        }
        status.disconnected(problem, detail);
        publishStatus();
    }

    @Override
    public void close() {
        Socket open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            open = socket;
            if (retry != null) {
                retry.cancel();
            }
        }
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                // Closing anyway.
            }
        }
        status.disconnected(null, null);
    }
}
