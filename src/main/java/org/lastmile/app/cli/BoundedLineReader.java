package org.lastmile.app.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line keeping at most {@code maxChars} of each line, so that a file of one
 * endless line (or binary data without line breaks) costs a few kilobytes, not the heap. What is
 * past the limit is skipped up to the next line break; {@link #cut()} says it happened.
 */
final class BoundedLineReader {

    private final Reader in;
    private final int maxChars;
    private final StringBuilder line = new StringBuilder();
    private boolean cut;
    private int pending = -2;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its line break (at most {@code maxChars} of it), or null at the end. */
    String readLine() throws IOException {
        line.setLength(0);
        cut = false;
        int c = pending == -2 ? in.read() : pending;
        pending = -2;
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (line.length() < maxChars) {
                line.append((char) c);
            } else {
                cut = true;
            }
            c = in.read();
        }
        if (c == '\r') {
            int next = in.read();
            if (next != '\n') {
                pending = next;
            }
        }
        return line.toString();
    }

    /** Whether the last line read was longer than the limit (and was cut). */
    boolean cut() {
        return cut;
    }
}
