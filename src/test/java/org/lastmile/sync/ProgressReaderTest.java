package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressReaderTest {

    @Test
    void timeLeftIsTheBytesLeftAtTheRateSeen() {
        // 30 MB in 60 s is 0.5 MB/s: 90 MB left take 180 s.
        assertThat(ProgressReader.timeLeft(90_000_000, 30_000_000, Duration.ofSeconds(60)))
                .contains(Duration.ofSeconds(180));
    }

    @Test
    void noRateNoEstimate() {
        assertThat(ProgressReader.timeLeft(10, 0, Duration.ofSeconds(5))).isEmpty();
        assertThat(ProgressReader.timeLeft(10, 5, Duration.ZERO)).isEmpty();
    }

    @Test
    void nothingLeftIsZero() {
        assertThat(ProgressReader.timeLeft(0, 0, Duration.ZERO)).contains(Duration.ZERO);
    }
}
