package org.lastmile.sync;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;

/**
 * Whether the court server answers at all: one TCP connection to its port, closed at once. Cheap
 * enough to ask every minute (no TLS handshake, no request, nothing logged at the court), so the
 * automatic sync only starts the engine when the court network is plugged in.
 */
public final class CourtProbe {

    private final Duration timeout;

    public CourtProbe(Duration timeout) {
        this.timeout = timeout;
    }

    /** A probe that gives up after two seconds (a court LAN answers in milliseconds). */
    public static CourtProbe standard() {
        return new CourtProbe(Duration.ofSeconds(2));
    }

    /** {@code true} when something accepts a connection at the server's host and port. */
    public boolean reachable(URI server) {
        int port = server.getPort() > 0 ? server.getPort() : 443;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), port), (int) timeout.toMillis());
            return true;
        } catch (IOException | IllegalArgumentException | SecurityException unreachable) {
            return false;
        }
    }
}
