package org.lastmile.app.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.lastmile.i18n.Messages;
import org.lastmile.store.cases.FillProgress;

/**
 * The one-time fill of the case list's table (V7) on stderr, which on a large file from before V7
 * holds a command up for most of a minute: a line at once when there is much to do (or as soon
 * as it has taken a few seconds), one every few seconds after, and the last one at the total.
 * A small fill, over in a moment, prints nothing. The clock is injected (nanoseconds), for tests.
 */
final class FillProgressLine implements FillProgress {

    /** Cases left to fill from which a line is printed at once (about half a second's work). */
    static final long MANY = 1_000;
    /** Silence between two lines, and before the first one of a fill that looked small. */
    static final long QUIET_NANOS = 3_000_000_000L;

    private final PrintWriter err;
    private final Messages messages;
    private final LongSupplier nanoTime;
    private long start = -1;
    private long last;
    private boolean printed;

    FillProgressLine(PrintWriter err, Messages messages, LongSupplier nanoTime) {
        this.err = err;
        this.messages = messages;
        this.nanoTime = nanoTime;
    }

    @Override
    public void reached(long done, long total) {
        long now = nanoTime.getAsLong();
        boolean first = start < 0;
        if (first) {
            start = now;
            last = now;
        }
        boolean due = first ? total - done >= MANY : now - last >= QUIET_NANOS || printed && done == total;
        if (due) {
            last = now;
            printed = true;
            err.println(messages.get("cli.caseList.fill", done, total));
            err.flush();
        }
    }
}
