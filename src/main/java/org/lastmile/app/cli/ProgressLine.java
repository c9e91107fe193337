package org.lastmile.app.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.lastmile.i18n.Messages;

/**
 * Progress of a long import on stderr: nothing for the first seconds (most files take less), then
 * one line every few seconds with the vertices read so far, so that a user facing a large file
 * sees that it is alive. The clock is injected (nanoseconds), for tests.
 */
final class ProgressLine implements LongConsumer {

    /** Silence before the first line, and between two lines. */
    static final long QUIET_NANOS = 3_000_000_000L;

    private final PrintWriter err;
    private final Messages messages;
    private final LongSupplier nanoTime;
    private final long start;
    private long last;

    ProgressLine(PrintWriter err, Messages messages, LongSupplier nanoTime) {
        this.err = err;
        this.messages = messages;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.last = start;
    }

    @Override
    public void accept(long vertices) {
        long now = nanoTime.getAsLong();
        if (now - last >= QUIET_NANOS) {
            last = now;
            err.println(messages.get("cli.import.progress", vertices, (now - start) / 1_000_000_000L));
            err.flush();
        }
    }
}
