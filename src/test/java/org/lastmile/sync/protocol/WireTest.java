package org.lastmile.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WireTest {

    private final ObjectMapper mapper = Wire.mapper();
    private static final String H = "a".repeat(64);

    @Test
    void aPushRequestReadsBackEqualWithSnakeCaseNames() throws Exception {
        PushRequest push = new PushRequest(UUID.randomUUID(), Instant.parse("2026-12-06T10:00:00Z"),
                new ChainHeadRef(3, H), List.of(),
                List.of(new Operation(UUID.randomUUID(), "case", UUID.randomUUID().toString(), "upsert", null,
                        "{\"a\":1}", H, Instant.parse("2026-12-05T10:00:00Z"), List.of())));
        String json = new String(Wire.write(mapper, push), StandardCharsets.UTF_8);
        assertThat(json).contains("\"device_id\"", "\"chain_head\"", "\"payload_sha256\"", "\"2026-12-06T10:00:00Z\"");
        assertThat(mapper.readValue(json, PushRequest.class)).isEqualTo(push);
    }

    @Test
    void unknownFieldsAreRefused() {
        String json = "{\"seq\":1,\"hash\":\"" + H + "\",\"extra\":true}";
        assertThatThrownBy(() -> mapper.readValue(json, ChainHeadRef.class)).isInstanceOf(Exception.class);
    }

    @Test
    void aBadHashIsRefused() {
        String json = "{\"seq\":1,\"hash\":\"XYZ\"}";
        assertThatThrownBy(() -> mapper.readValue(json, ChainHeadRef.class)).isInstanceOf(Exception.class);
    }

    @Test
    void statusesTravelInLowerCase() throws Exception {
        OpResult r = new OpResult(UUID.randomUUID(), OpStatus.AWAITING_ATTACHMENTS, 2L, 7L, null, null, List.of(H));
        String json = new String(Wire.write(mapper, r), StandardCharsets.UTF_8);
        assertThat(json).contains("\"awaiting_attachments\"").doesNotContain("reason");
        assertThat(mapper.readValue(json, OpResult.class)).isEqualTo(r);
    }

    @Test
    void anErrorBodyCarriesItsArgumentsAndOneWithoutThemStillReads() throws Exception {
        ErrorBody e = new ErrorBody("server.auth.error.revoked", "Device D1 is revoked", java.util.List.of("D1"));
        String json = new String(Wire.write(mapper, e), StandardCharsets.UTF_8);
        assertThat(json).contains("\"args\":[\"D1\"]");
        assertThat(mapper.readValue(json, ErrorBody.class)).isEqualTo(e);
        // a court from before the arguments were sent
        ErrorBody older = mapper.readValue("{\"key\":\"server.error.json\",\"message\":\"Not JSON\"}", ErrorBody.class);
        assertThat(older.args()).isEmpty();
    }
}
