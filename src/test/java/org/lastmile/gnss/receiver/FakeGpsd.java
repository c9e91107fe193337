package org.lastmile.gnss.receiver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local TCP server that speaks like gpsd: for each client it reads the first command line and
 * answers with a recorded session (bytes exactly as a real gpsd sent them), then hangs up.
 */
final class FakeGpsd implements AutoCloseable {

    private final ServerSocket server;
    private final byte[] session;
    final List<String> commands = new CopyOnWriteArrayList<>();
    private final Thread thread;

    FakeGpsd(byte[] session) throws IOException {
        this.session = session;
        this.server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "fake-gpsd");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(5_000);
                commands.add(readLine(client.getInputStream()));
                OutputStream out = client.getOutputStream();
                out.write(session);
                out.flush();
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                // The next client may do better.
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    static byte[] recorded(String name) throws IOException {
        try (InputStream in = FakeGpsd.class.getResourceAsStream("/gpsd/" + name)) {
            return in.readAllBytes();
        }
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
