package org.lastmile.server.files;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * A test-only stop inside an upload's finish, so that a kill test can SIGKILL the real server
 * process at an exact point instead of guessing with a sleep: when the system property
 * {@value #PROPERTY} names a {@link Stage} and a file ({@code MOVED:SHA}), the server prints {@code paused at STAGE SHA} on
 * standard output and the request thread waits there for ever. Without the property it does
 * nothing.
 */
public final class FinishPause {

    /** The system property naming the stage to stop at. */
    public static final String PROPERTY = "lastmile.test.pauseUploadAt";

    /** Where inside {@code finish} the server can stop. */
    public enum Stage {
        /** Every byte is in {@code uploads/SHA.part}, fsynced; the whole-file hash check is next. */
        HASHING,
        /** The checked file was moved to {@code blobs/SHA}; the row is not yet marked verified. */
        MOVED
    }

    private final Stage at;
    private final String sha256;
    private final PrintStream out;

    private FinishPause(Stage at, String sha256, PrintStream out) {
        this.at = at;
        this.sha256 = sha256;
        this.out = out;
    }

    /** Never stops. */
    public static FinishPause none() {
        return new FinishPause(null, null, System.out);
    }

    /** The stop the server process was started with ({@code -D}{@value #PROPERTY}{@code =MOVED:SHA}), if any. */
    public static FinishPause fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        if (value == null) {
            return none();
        }
        int colon = value.indexOf(':');
        return new FinishPause(Stage.valueOf(value.substring(0, colon)), value.substring(colon + 1), System.out);
    }

    void reached(Stage stage, String sha256) {
        if (stage != at || !sha256.equals(this.sha256)) {
            return;
        }
        out.println("paused at " + stage + " " + sha256);
        out.flush();
        try {
            new CountDownLatch(1).await(); // until the test kills the process
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
