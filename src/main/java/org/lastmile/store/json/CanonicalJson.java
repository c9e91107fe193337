package org.lastmile.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lastmile.common.LocalizedException;

/**
 * The one JSON form of stored and sent documents: keys sorted, no whitespace, decimals written
 * exactly as held ({@code 6.60} stays {@code 6.60}). Hashes are computed over these bytes.
 */
public final class CanonicalJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    public String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serializes", e);
        }
    }

    /**
     * Parses JSON text.
     *
     * @throws LocalizedException {@code json.error.syntax} with the line and column
     */
    public JsonNode read(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new LocalizedException(e, "json.error.syntax", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
        }
    }
}
