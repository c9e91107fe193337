package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;

/**
 * Masks every {@code id_number} in a JSON tree the way the window shows it (the six-digit region
 * and the last four kept: {@code 632224********1234}), so that output printed, piped or pasted does
 * not carry whole ID numbers unless {@code --reveal-ids} asks for them.
 */
final class IdMasking {

    static final String FIELD = "id_number";

    private IdMasking() {
    }

    /** A copy of {@code tree} with the ID numbers masked. */
    static JsonNode masked(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        mask(copy);
        return copy;
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : new ArrayList<>(iterable(object))) {
                JsonNode value = object.get(name);
                if (FIELD.equals(name) && value.isTextual()) {
                    object.put(name, mask(value.asText()));
                } else {
                    mask(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(IdMasking::mask);
        }
    }

    /** Keeps the first six and last four characters of a long number, hides the rest. */
    static String mask(String id) {
        if (id.length() <= 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    private static java.util.List<String> iterable(ObjectNode object) {
        java.util.List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
