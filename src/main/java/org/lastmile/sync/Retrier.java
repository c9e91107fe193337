package org.lastmile.sync;

import java.util.function.Consumer;

/**
 * Runs one request to the court under the {@link RetryPolicy}: again after the policy's wait on a
 * retryable fault, until it answers, the policy stops the run, or the court refuses.
 */
final class Retrier {

    /** A request. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws CourtFault;
    }

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Consumer<CourtFault> onRetry;

    Retrier(RetryPolicy policy, Sleeper sleeper, Consumer<CourtFault> onRetry) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.onRetry = onRetry;
    }

    /**
     * @throws SyncStopped {@code NETWORK} after the retries, {@code REFUSED} for a status that is
     *     never retried, {@code CANCELLED} when interrupted while waiting
     */
    <T> T call(Call<T> call) throws SyncStopped {
        int failures = 0;
        while (true) {
            try {
                return call.run();
            } catch (CourtFault fault) {
                failures++;
                RetryPolicy.Decision decision = policy.decide(fault, failures);
                if (decision instanceof RetryPolicy.NeedsPerson refused) {
                    throw new SyncStopped(SyncStopped.Reason.REFUSED, refused.status(), fault.getMessage(), fault);
                }
                if (decision instanceof RetryPolicy.Stop) {
                    throw new SyncStopped(SyncStopped.Reason.NETWORK, fault.status(), fault.getMessage(), fault);
                }
                onRetry.accept(fault);
                try {
                    sleeper.sleep(((RetryPolicy.Retry) decision).delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SyncStopped(SyncStopped.Reason.CANCELLED, 0, "interrupted", e);
                }
            }
        }
    }
}
