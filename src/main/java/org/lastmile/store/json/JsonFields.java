package org.lastmile.store.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.lastmile.common.LocalizedException;

/**
 * Reading and writing the fields of LastMile's JSON documents: absent values are left out, a
 * missing or malformed required field is refused with {@code json.error.field} naming it.
 */
final class JsonFields {

    private JsonFields() {
    }

    static void put(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    static void put(ObjectNode n, String key, Object value) {
        if (value != null) {
            n.put(key, value.toString());
        }
    }

    static void put(ObjectNode n, String key, BigDecimal value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    static void put(ObjectNode n, String key, Double value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    static JsonNode field(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw new LocalizedException("json.error.field", key);
        }
        return v;
    }

    static String text(JsonNode n, String key) {
        return field(n, key).asText();
    }

    static String optText(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    static UUID uuid(JsonNode n, String key) {
        try {
            return UUID.fromString(text(n, key));
        } catch (IllegalArgumentException e) {
            throw new LocalizedException(e, "json.error.field", key);
        }
    }

    static UUID optUuid(JsonNode n, String key) {
        return optText(n, key) == null ? null : uuid(n, key);
    }

    static LocalDate date(JsonNode n, String key) {
        try {
            return LocalDate.parse(text(n, key));
        } catch (DateTimeParseException e) {
            throw new LocalizedException(e, "json.error.field", key);
        }
    }

    static LocalDate optDate(JsonNode n, String key) {
        return optText(n, key) == null ? null : date(n, key);
    }

    static Instant instant(JsonNode n, String key) {
        try {
            return Instant.parse(text(n, key));
        } catch (DateTimeParseException e) {
            throw new LocalizedException(e, "json.error.field", key);
        }
    }

    static Instant optInstant(JsonNode n, String key) {
        return optText(n, key) == null ? null : instant(n, key);
    }

    static BigDecimal optDecimal(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new LocalizedException("json.error.field", key);
        }
        return v.decimalValue();
    }

    static Double optDouble(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode n, String key) {
        try {
            return Enum.valueOf(type, text(n, key));
        } catch (IllegalArgumentException e) {
            throw new LocalizedException(e, "json.error.field", key);
        }
    }

    static <T> List<T> list(JsonNode n, String key, Function<JsonNode, T> each) {
        List<T> out = new ArrayList<>();
        for (JsonNode item : n.path(key)) {
            out.add(each.apply(item));
        }
        return out;
    }
}
