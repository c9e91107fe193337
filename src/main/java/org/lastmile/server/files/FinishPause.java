package org.lastmile.server.files;

/**
 * A point inside an upload's finish, told to whoever wants to know. The server runs with
 * {@link #none()}; a kill test starts the server through its own launcher (on the test classpath
 * only) with one that stops the request thread there, so that it can SIGKILL the real process at an
 * exact point instead of guessing with a sleep.
 */
@FunctionalInterface
public interface FinishPause {

    /** Where inside {@code finish} the server can stop. */
    enum Stage {
        /** Every byte is in {@code uploads/SHA.part}, fsynced; the whole-file hash check is next. */
        HASHING,
        /** The checked file was moved to {@code blobs/SHA}; the row is not yet marked verified. */
        MOVED
    }

    /** The upload of {@code sha256} has reached {@code stage}; returning lets it go on. */
    void reached(Stage stage, String sha256);

    /** Never stops. */
    static FinishPause none() {
        return (stage, sha256) -> { };
    }
}
