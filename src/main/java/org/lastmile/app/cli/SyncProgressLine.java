package org.lastmile.app.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.lastmile.i18n.Messages;
import org.lastmile.sync.ProgressReader;
import org.lastmile.sync.SyncProgress;

/**
 * The sync's progress on stderr, read from the database after a checkpoint: at most one line a
 * second (a batch of small records takes milliseconds), and the last state at the end.
 */
final class SyncProgressLine {

    static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final Messages messages;
    private final ProgressReader progress;
    private final LongSupplier nanoTime;
    private long last;
    private boolean printed;

    SyncProgressLine(PrintWriter err, Messages messages, ProgressReader progress, LongSupplier nanoTime) {
        this.err = err;
        this.messages = messages;
        this.progress = progress;
        this.nanoTime = nanoTime;
    }

    void step() {
        long now = nanoTime.getAsLong();
        if (!printed || now - last >= QUIET_NANOS) {
            last = now;
            printed = true;
            print(progress.read());
        }
    }

    void last() {
        print(progress.read());
    }

    private void print(SyncProgress p) {
        String left = p.timeLeft().map(d -> Long.toString(Math.max(0, d.toSeconds()))).orElse("?");
        err.println(messages.get("cli.sync.progress", p.recordsDone(), p.recordsTotal(), p.bytesDone(), p.bytesTotal(),
                left, p.currentItem().orElse("")));
        err.flush();
    }
}
