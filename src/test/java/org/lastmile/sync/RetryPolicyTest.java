package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    private static RetryPolicy policy(double jitter) {
        return new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 8, Duration.ofMinutes(5), () -> jitter);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 409, 422, 404, 413})
    void refusalsAreNeverRetried(int status) {
        assertThat(policy(0.5).decide(CourtFault.status(status, null, "no"), 1))
                .isEqualTo(new RetryPolicy.NeedsPerson(status));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void overloadAndServerErrorsAreRetried(int status) {
        assertThat(policy(0.5).decide(CourtFault.status(status, null, "busy"), 1))
                .isInstanceOf(RetryPolicy.Retry.class);
    }

    @Test
    void networkFaultsAndTimeoutsAreRetried() {
        assertThat(policy(0.5).decide(CourtFault.network("reset", null), 3)).isInstanceOf(RetryPolicy.Retry.class);
        assertThat(policy(0.5).decide(CourtFault.timeout("slow", null), 3)).isInstanceOf(RetryPolicy.Retry.class);
    }

    @Test
    void backoffDoublesUpToTheCapWithFullJitter() {
        // With jitter at its top (just under 1) the wait is the ceiling: 0.5 s, 1 s, 2 s, … 30 s.
        RetryPolicy top = policy(1.0);
        assertThat(((RetryPolicy.Retry) top.decide(CourtFault.network("x", null), 1)).delay()).isEqualTo(Duration.ofMillis(500));
        assertThat(((RetryPolicy.Retry) top.decide(CourtFault.network("x", null), 2)).delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(((RetryPolicy.Retry) top.decide(CourtFault.network("x", null), 4)).delay()).isEqualTo(Duration.ofSeconds(4));
        assertThat(((RetryPolicy.Retry) top.decide(CourtFault.network("x", null), 7)).delay()).isEqualTo(Duration.ofSeconds(30));
        // Jitter spreads clients: a quarter of the ceiling at 0.25.
        assertThat(((RetryPolicy.Retry) policy(0.25).decide(CourtFault.network("x", null), 3)).delay())
                .isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void retryAfterIsHonouredWhenLongerThanTheBackoff() {
        CourtFault busy = CourtFault.status(429, Duration.ofSeconds(20), "slow down");
        assertThat(((RetryPolicy.Retry) policy(0.1).decide(busy, 1)).delay()).isEqualTo(Duration.ofSeconds(20));
        // A Retry-After beyond five minutes stops the run (resumable) instead of hanging on.
        CourtFault closed = CourtFault.status(503, Duration.ofHours(2), "maintenance");
        assertThat(policy(0.1).decide(closed, 1)).isInstanceOf(RetryPolicy.Stop.class);
    }

    @Test
    void theRunStopsAfterTheLastAttempt() {
        assertThat(policy(0.5).decide(CourtFault.network("x", null), 8)).isInstanceOf(RetryPolicy.Stop.class);
        assertThat(policy(0.5).decide(CourtFault.status(503, null, "x"), 8)).isInstanceOf(RetryPolicy.Stop.class);
    }
}
