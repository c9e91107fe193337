package org.lastmile.common;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line keeping at most {@code maxChars} of each line, so that a file of one
 * endless line (or binary data without line breaks) costs a few kilobytes, not the heap. What is
 * past the limit is skipped up to the next line break; {@link #cut()} says it happened.
 */
public final class BoundedLineReader {

    private final Reader in;
    private final int maxChars;
    private final StringBuilder line = new StringBuilder();
    private boolean cut;
    private long length;
    private int pending = -2;

    public BoundedLineReader(Reader in, int maxChars) {
        // read one char at a time from a buffer: an unbuffered reader allocates on every read()
        this.in = in instanceof java.io.BufferedReader ? in : new java.io.BufferedReader(in, 1 << 16);
        this.maxChars = maxChars;
    }

    /** The next line without its line break (at most {@code maxChars} of it), or null at the end. */
    public String readLine() throws IOException {
        line.setLength(0);
        cut = false;
        length = 0;
        int c = pending == -2 ? in.read() : pending;
        pending = -2;
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            length++;
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
    public boolean cut() {
        return cut;
    }

    /** The full length of the last line read, in characters, including what was skipped. */
    public long length() {
        return length;
    }
}
