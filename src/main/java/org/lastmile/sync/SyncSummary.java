package org.lastmile.sync;

/**
 * What one run of the sync did and where it left things (the JSON summary of {@code lastmile
 * sync}).
 *
 * @param outcome how the run ended
 * @param pushed operations the court applied in this run
 * @param duplicates operations the court already had (a batch sent again after a cut)
 * @param pulled changes from the court applied here
 * @param conflicts conflicts found in this run (push and pull)
 * @param refused operations the court refused in this run
 * @param attachmentsVerified files the court verified in this run
 * @param pending operations and files not yet on the court
 * @param safeToUnplug nothing left to send and every attachment verified
 * @param clockSkewSeconds how far this laptop's clock is ahead of the court's (negative: behind),
 *     {@code null} when the court did not answer
 * @param stoppedBy what the court said when it refused a whole request and so stopped the run (a
 *     revoked device, a request it could not take), {@code null} otherwise
 * @param downloaded files that pulled records name, fetched from the court in this run and verified
 *     here (their hash is their name)
 * @param downloadsPending such files not here yet (the court does not hold them yet, the link was
 *     cut, or they wait for a person); "safe to unplug" does not wait for them
 */
public record SyncSummary(Outcome outcome, long pushed, long duplicates, long pulled, long conflicts, long refused,
        long attachmentsVerified, long pending, boolean safeToUnplug, Long clockSkewSeconds, CourtMessage stoppedBy,
        long downloaded, long downloadsPending) {

    public SyncSummary(Outcome outcome, long pushed, long duplicates, long pulled, long conflicts, long refused,
            long attachmentsVerified, long pending, boolean safeToUnplug, Long clockSkewSeconds) {
        this(outcome, pushed, duplicates, pulled, conflicts, refused, attachmentsVerified, pending, safeToUnplug,
                clockSkewSeconds, null, 0, 0);
    }

    /** A clock further off than this is flagged (the court flags the same, CourtServer.SKEW_TOLERANCE). */
    public static final long SKEW_TOLERANCE_SECONDS = 10 * 60;

    public SyncSummary(Outcome outcome, long pushed, long duplicates, long pulled, long conflicts, long refused,
            long attachmentsVerified, long pending, boolean safeToUnplug) {
        this(outcome, pushed, duplicates, pulled, conflicts, refused, attachmentsVerified, pending, safeToUnplug, null,
                null, 0, 0);
    }

    /** Whether this laptop's clock is off by more than the tolerance: times it records are claims to check. */
    public boolean clockSkewed() {
        return clockSkewSeconds != null && Math.abs(clockSkewSeconds) > SKEW_TOLERANCE_SECONDS;
    }

    /** How a run ended. */
    public enum Outcome {
        /** Everything was sent and pulled; nothing needs a person. */
        FINISHED,
        /** Stopped on a network fault: run again, it resumes. */
        STOPPED,
        /** Something needs a person: conflicts or refusals (this run's or earlier ones). */
        NEEDS_PERSON,
        /** Cancelled. */
        CANCELLED
    }
}
