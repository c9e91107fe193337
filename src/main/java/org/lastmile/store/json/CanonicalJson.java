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
 * The one JSON form of stored and sent documents: RFC 8785, the JSON Canonicalization Scheme
 * (JCS). Keys sorted by UTF-16 code units, no whitespace, strings escaped only where JSON must,
 * numbers as IEEE doubles in ECMAScript's shortest form ({@code 6.60} becomes {@code 6.6},
 * {@code 1.0} becomes {@code 1}). Hashes and seals are computed over these bytes, so any writer
 * that follows RFC 8785 reproduces them (docs/records.md, "The canonical form").
 *
 * <p>{@link #legacy()} is the form LastMile wrote before it followed RFC 8785; it is kept, frozen,
 * only to check the signatures of records sealed in it.
 */
public final class CanonicalJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private final boolean legacy;

    /** RFC 8785. */
    public CanonicalJson() {
        this(false);
    }

    private CanonicalJson(boolean legacy) {
        this.legacy = legacy;
    }

    /**
     * LastMile's form before RFC 8785 (Jackson with sorted keys: decimals as held, doubles as
     * Java prints them, {@code \u001F} in upper case). Only for records sealed in it.
     */
    public static CanonicalJson legacy() {
        return new CanonicalJson(true);
    }

    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    /**
     * The canonical text of a tree.
     *
     * @throws IllegalArgumentException for what RFC 8785 cannot hold: NaN or an infinite number,
     *     a lone surrogate in a string
     */
    public String write(JsonNode node) {
        if (!legacy) {
            return Jcs.write(node);
        }
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serializes", e);
        }
    }

    /** Whether a text is already in canonical form: writing what it holds gives it back. */
    public boolean isCanonical(String text) {
        return write(read(text)).equals(text);
    }

    /**
     * Parses JSON text. Decimals are kept exactly as written.
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
