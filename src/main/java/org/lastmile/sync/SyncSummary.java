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
 */
public record SyncSummary(Outcome outcome, long pushed, long duplicates, long pulled, long conflicts, long refused,
        long attachmentsVerified, long pending, boolean safeToUnplug) {

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
