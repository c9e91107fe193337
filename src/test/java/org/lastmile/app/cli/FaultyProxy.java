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
 *
 * <p>{@link #inTurn} spoils by traffic instead of by order: each upstream cut goes to the first
 * connection whose own bytes reach it, then the next cut waits for its turn. With several uploads
 * at once the client's connection order (pooled, reused, one per file) is not ours to fix, so a
 * fault bound to "the second connection" may land on one that never carries enough bytes.
 */
final class FaultyProxy implements AutoCloseable {

    /**
     * What to do to one connection.
     *
     * @param halfClose an upstream cut that closes only the court's side for writing (its read ends,
     *     as when a link drops on the laptop's side of a gateway) and lets the court's answer to the
     *     cut request come back to the laptop; what the laptop sends after it goes nowhere
     */
    record Fault(boolean upstream, long atByte, boolean flip, boolean halfClose) {
        Fault(boolean upstream, long atByte, boolean flip) {
            this(upstream, atByte, flip, false);
        }

        static Fault cutUp(long at) {
            return new Fault(true, at, false);
        }

        /** The court's read of the request ends at {@code at}; its answer still reaches the laptop. */
        static Fault halfCutUp(long at) {
            return new Fault(true, at, false, true);
        }

        static Fault cutDown(long at) {
            return new Fault(false, at, false);
        }

        static Fault flipUp(long at) {
            return new Fault(true, at, true);
        }

        static Fault flipDown(long at) {
            return new Fault(false, at, true);
        }
    }

    private final ServerSocket listener;
    private final int target;
    private final List<Fault> faults;
    private final boolean byTraffic;
    private final AtomicInteger connections = new AtomicInteger();
    /** The next fault in turn when {@link #byTraffic}. */
    private final AtomicInteger turn = new AtomicInteger();
    final AtomicInteger spoiled = new AtomicInteger();
    /** Bytes the laptop handed to the link: every upstream byte the proxy read, a cut one's included (by-traffic proxies). */
    final java.util.concurrent.atomic.AtomicLong upstreamBytes = new java.util.concurrent.atomic.AtomicLong();
    /** The uplink's pace in bytes per second when {@link #slowed}; 0: as fast as loopback. */
    private volatile long bytesPerSecond;
    /** Cuts at marks of {@link #upstreamBytes} rather than of each connection's own bytes. */
    private volatile boolean total;
    /** Where the uplink stops passing bytes ({@link #holdAt}); null: it passes. */
    private volatile Hold hold;

    /** The uplink held from a mark of {@link #upstreamBytes} on, until {@link #release}. */
    private record Hold(long mark, java.util.concurrent.CountDownLatch reached,
            java.util.concurrent.CountDownLatch released) {
    }

    FaultyProxy(int target, List<Fault> faults) throws IOException {
        this(target, faults, false);
    }

    /** Upstream cuts that go, one after the other, to whichever connection first carries enough bytes. */
    static FaultyProxy inTurn(int target, List<Fault> cuts) throws IOException {
        if (cuts.stream().anyMatch(f -> !f.upstream() || f.flip())) { // half cuts allowed
            throw new IllegalArgumentException("in turn: upstream cuts only");
        }
        return new FaultyProxy(target, cuts, true);
    }

    /**
     * Upstream cuts at marks of the link's whole upstream traffic (all connections together): the
     * connection carrying the byte that passes a mark is cut there. Drops spread over the time of
     * an upload, as a slow link's are, where {@link #inTurn} lets the next cut fall at once on a
     * connection already past its mark.
     */
    static FaultyProxy atTotal(int target, List<Fault> cuts) throws IOException {
        FaultyProxy proxy = inTurn(target, cuts);
        proxy.total = true;
        return proxy;
    }

    /**
     * A proxy that passes everything (paced if {@link #slowed}) until told to {@link #holdAt hold}
     * the uplink: a kill test stops the laptop while the link is certainly in the middle of its
     * work, whatever the machine's speed.
     */
    static FaultyProxy passing(int target) throws IOException {
        return inTurn(target, List.of());
    }

    /**
     * From the moment the link's whole upstream traffic ({@link #upstreamBytes}) reaches
     * {@code mark}, no connection passes another upstream byte (the bytes before the mark go on):
     * the court cannot get further than the mark, so what the laptop does next waits on the link.
     *
     * @return counted down when the first connection is held at the mark
     */
    java.util.concurrent.CountDownLatch holdAt(long mark) {
        Hold h = new Hold(mark, new java.util.concurrent.CountDownLatch(1), new java.util.concurrent.CountDownLatch(1));
        hold = h;
        return h.reached();
    }

    /** Ends a {@link #holdAt hold}: the held connections are cut, later ones pass. */
    void release() {
        Hold h = hold;
        hold = null;
        if (h != null) {
            h.released().countDown();
        }
    }

    private FaultyProxy(int target, List<Fault> faults, boolean byTraffic) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        this.faults = List.copyOf(faults);
        this.byTraffic = byTraffic;
        Thread accept = new Thread(this::accept, "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /**
     * A slow uplink: each upstream read is passed on only after the time its bytes take at this
     * pace (the link's speed, not a test waiting for an event).
     */
    FaultyProxy slowed(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
        return this;
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                if (byTraffic) {
                    pump(client, server, client, inTurn());
                    pump(server, client, client, byConnection(null));
                    continue;
                }
                int n = connections.getAndIncrement();
                Fault fault = n < faults.size() ? faults.get(n) : null;
                pump(client, server, client, byConnection(fault != null && fault.upstream() ? fault : null));
                pump(server, client, client, byConnection(fault != null && !fault.upstream() ? fault : null));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** What of one read passes on, and whether the connection is cut after it (or held, then cut: {@link #holdAt}). */
    private record Pass(int bytes, boolean cut, Hold held, boolean halfClose) {
        Pass(int bytes, boolean cut) {
            this(bytes, cut, null, false);
        }

        Pass(int bytes, boolean cut, Hold held) {
            this(bytes, cut, held, false);
        }

        static Pass all(int read) {
            return new Pass(read, false);
        }
    }

    /** Decides, read by read, what one direction of one connection passes on (it may flip a byte). */
    private interface Spoiler {
        Pass on(byte[] buffer, int read);
    }

    /** The connection's own fault, if any: one per connection, after the flipped byte the rest passes as it came. */
    private Spoiler byConnection(Fault fault) {
        long[] passed = {0};
        boolean[] done = {fault == null};
        return (buffer, read) -> {
            long before = passed[0];
            passed[0] += read;
            if (done[0] || before + read <= fault.atByte()) {
                return Pass.all(read);
            }
            done[0] = true;
            spoiled.incrementAndGet();
            int at = (int) (fault.atByte() - before);
            if (fault.flip()) {
                buffer[at] ^= 0x40;
                return Pass.all(read);
            }
            return new Pass(at, true);
        };
    }

    /** Upstream: paced if slowed; cut when its bytes (or the link's, {@link #atTotal}) pass the cut whose turn it is. */
    private Spoiler inTurn() {
        long[] passed = {0};
        return (buffer, read) -> {
            long all = upstreamBytes.addAndGet(read);
            Hold h = hold;
            if (h != null && all > h.mark()) {
                return new Pass((int) Math.max(0, Math.min(read, h.mark() - (all - read))), true, h);
            }
            long pace = bytesPerSecond;
            if (pace > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(read * 1_000_000_000L / pace);
            }
            long before = total ? all - read : passed[0];
            passed[0] += read;
            int now = turn.get();
            if (now < faults.size() && before + read > faults.get(now).atByte()
                    && turn.compareAndSet(now, now + 1)) {
                spoiled.incrementAndGet();
                Fault cut = faults.get(now);
                return new Pass((int) Math.min(read, Math.max(0, cut.atByte() - before)), true, null, cut.halfClose());
            }
            return Pass.all(read);
        };
    }

    /**
     * Passes what {@code from} sends to {@code to} as the spoiler says. A cut closes the laptop's
     * side first: closing the court's side first sends it a FIN while the laptop's side is still
     * open, and the court's answer to the cut request ("body incomplete") could come back through
     * the other pump before the laptop's side closed, a race the machine's load decided
     * (SlowLinkTest, about one run in twenty). That answer is a link's behaviour of its own,
     * asked for by name: {@link Fault#halfCutUp}.
     */
    private void pump(Socket from, Socket to, Socket laptop, Spoiler spoiler) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    Pass pass = spoiler.on(buffer, read);
                    out.write(buffer, 0, pass.bytes());
                    out.flush();
                    if (pass.held() != null) {
                        pass.held().reached().countDown();
                        awaitRelease(pass.held());
                    }
                    if (pass.halfClose()) {
                        to.shutdownOutput(); // the court's read ends here; its answer goes back by the other pump
                        in.transferTo(OutputStream.nullOutputStream()); // the rest of the request goes nowhere
                        break;
                    }
                    if (pass.cut()) {
                        break; // cut: both sockets close, the laptop's first
                    }
                }
            } catch (IOException e) {
                // the other side closed
            } finally {
                close(laptop);
                close(from);
                close(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void awaitRelease(Hold h) {
        try {
            h.released().await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        release();
        listener.close();
    }
}
