package org.lastmile.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** A field of an entity's JSON as text, by a dotted path ({@code status}, {@code parcel.location}). */
final class JsonField {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonField() {
    }

    /** The field's value (text as it is, anything else as JSON), {@code null} when absent. */
    static String value(String json, String path) {
        if (json == null) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
