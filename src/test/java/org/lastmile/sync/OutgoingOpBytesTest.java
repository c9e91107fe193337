package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outbox's batch size counts a payload's UTF-8 bytes without encoding it: the JDK's encoder is the judge. */
class OutgoingOpBytesTest {

    /** The same payloads in every run; seeds 1000–1199 (1,000 payloads each, QuickTheories' default) all pass. */
    private static final long SEED = 1000L;

    @Test
    void countsWhatTheJdkEncodes() {
        // any UTF-16 unit, lone surrogates included, mixed with Chinese, Tibetan and emoji
        qt().withFixedSeed(SEED).forAll(lists().of(integers().between(0, 0xFFFF)).ofSizeBetween(0, 40))
                .checkAssert(units -> {
                    StringBuilder b = new StringBuilder("案号 ༡ 😀");
                    units.forEach(u -> b.append((char) u.intValue()));
                    String payload = b.toString();
                    assertThat(op(payload).bytes()).isEqualTo(payload.getBytes(StandardCharsets.UTF_8).length);
                });
    }

    @Test
    void aChinesePayloadIsThreeBytesACharacter() {
        assertThat(op("{\"a\":\"法院\"}").bytes()).isEqualTo(8 + 6);
    }

    private static OutgoingOp op(String payload) {
        return new OutgoingOp(1, UUID.randomUUID(), "record", "x", "upsert", null, payload, null, null, Instant.EPOCH,
                List.of());
    }
}
