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
 * ({@link GpsdJson}). When the connection fails or drops, it retries after 1, 2, 4 … 30 s
 * ({@link ReconnectingReceiver}). The blocking reads run on the injected executor (one task per
 * connection), the pauses on the scheduler.
 */
public final class GpsdReceiver extends ReconnectingReceiver {

    /** gpsd's port. */
    public static final int DEFAULT_PORT = 2947;

    static final String WATCH = "?WATCH={\"enable\":true,\"json\":true}\n";
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int MAX_LINE = 1 << 16;

    private final String host;
    private final int port;
    private final ObjectMapper json = new ObjectMapper();

    public GpsdReceiver(String host, int port, Executor executor, Scheduler scheduler, Clock clock) {
        super(executor, scheduler, clock);
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
    }

    @Override
    public String description() {
        return "gpsd " + host + ":" + port;
    }

    @Override
    void session() {
        Socket connection = new Socket();
        if (!attach(connection)) {
            closeQuietly(connection);
            return;
        }
        boolean connected = false;
        try {
            connection.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            connected = true;
            OutputStream out = connection.getOutputStream();
            out.write(WATCH.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            connected();
            read(new BoundedLineReader(connection.getInputStream(), MAX_LINE));
            lost(ReceiverProblem.CONNECTION_LOST, description());
        } catch (IOException e) {
            lost(connected ? ReceiverProblem.CONNECTION_LOST : ReceiverProblem.CONNECTION_REFUSED,
                    description() + ": " + e.getMessage());
        } finally {
            closeQuietly(connection);
        }
    }

    private void read(BoundedLineReader lines) throws IOException {
        GpsdJson reports = new GpsdJson();
        for (String line = lines.readLine(); line != null && !isClosed(); line = lines.readLine()) {
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
}
