package org.lastmile.gnss.receiver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads lines of at most a given length from a stream; longer lines are skipped whole. */
final class BoundedLineReader {

    private final InputStream in;
    private final byte[] line;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    BoundedLineReader(InputStream in, int maxLength) {
        this.in = in;
        this.line = new byte[maxLength];
    }

    /** The next line without its end, or null at the end of the stream. */
    String readLine() throws IOException {
        int length = 0;
        boolean overflow = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit < 0) {
                    limit = 0;
                    return length > 0 && !overflow ? text(length) : null;
                }
            }
            byte b = buffer[position++];
            if (b == '\n') {
                if (!overflow) {
                    return text(length);
                }
                length = 0;
                overflow = false;
            } else if (length < line.length) {
                line[length++] = b;
            } else {
                overflow = true;
            }
        }
    }

    private String text(int length) {
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return new String(line, 0, end, StandardCharsets.UTF_8);
    }
}
