package org.lastmile.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback between the laptop and the court that spoils chosen connections: the
 * n-th connection is cut after some bytes in one direction, or has one byte flipped. Later
 * connections pass untouched. Real sockets, real TLS through it.
 */
final class FaultyProxy implements AutoCloseable {

    /** What to do to one connection. */
    record Fault(boolean upstream, long atByte, boolean flip) {
        static Fault cutUp(long at) {
            return new Fault(true, at, false);
        }

        static Fault cutDown(long at) {
            return new Fault(false, at, false);
        }

        static Fault flipUp(long at) {
            return new Fault(true, at, true);
        }
    }

    private final ServerSocket listener;
    private final int target;
    private final List<Fault> faults;
    private final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger spoiled = new AtomicInteger();

    FaultyProxy(int target, List<Fault> faults) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        this.faults = List.copyOf(faults);
        Thread accept = new Thread(this::accept, "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                int n = connections.getAndIncrement();
                Fault fault = n < faults.size() ? faults.get(n) : null;
                pump(client, server, fault != null && fault.upstream() ? fault : null);
                pump(server, client, fault != null && !fault.upstream() ? fault : null);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, Fault fault) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            long passed = 0;
            boolean flipped = false;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    // one fault per connection: after the flipped byte the rest passes as it came
                    if (fault != null && !flipped && passed + read > fault.atByte()) {
                        int before = (int) (fault.atByte() - passed);
                        if (fault.flip()) {
                            buffer[before] ^= 0x40;
                            flipped = true;
                            spoiled.incrementAndGet();
                            out.write(buffer, 0, read);
                            passed += read;
                            continue;
                        }
                        out.write(buffer, 0, before);
                        out.flush();
                        spoiled.incrementAndGet();
                        break; // cut: both sockets close
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                    passed += read;
                }
            } catch (IOException e) {
                // the other side closed
            } finally {
                close(from);
                close(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
