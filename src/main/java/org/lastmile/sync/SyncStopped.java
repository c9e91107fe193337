package org.lastmile.sync;

/**
 * Ends a run early: on a network fault that outlasted the retries (resumable), or a refusal of a
 * whole request that a person must look at (an unknown or revoked device, a bad request).
 */
public final class SyncStopped extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the run stopped. */
    public enum Reason {
        /** The network or the server failed past the retries: run again later, it resumes. */
        NETWORK,
        /** The court refused the request (401, 403, 400, …): a person must act. */
        REFUSED,
        /** The run was interrupted (cancelled from the screen). */
        CANCELLED
    }

    private final Reason reason;
    private final int status;

    public SyncStopped(Reason reason, int status, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    /** What the court said when it refused the request that stopped the run, if it said anything readable. */
    public java.util.Optional<CourtMessage> court() {
        return getCause() instanceof CourtFault fault ? fault.court() : java.util.Optional.empty();
    }

    /** The HTTP status of a refusal, 0 otherwise. */
    public int status() {
        return status;
    }
}
