package org.lastmile.server.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Three-way merge of one entity's top-level fields against the common base (sync.md): a field
 * only one side changed takes that side; both to the same value is fine; both differently keeps
 * the office value and is reported as a conflict. Never decided by clocks.
 */
final class Merge {

    /** The merged object and the fields both sides changed differently. */
    record Result(ObjectNode merged, List<Field> conflicts) {
    }

    /** One conflicting field: its value in the base, at the office (kept) and on the device (absent: {@code null}). */
    record Field(String name, JsonNode base, JsonNode office, JsonNode device) {
    }

    private Merge() {
    }

    static Result of(JsonNode base, JsonNode office, JsonNode device) {
        ObjectNode merged = ((ObjectNode) office).deepCopy();
        List<Field> conflicts = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        base.fieldNames().forEachRemaining(names::add);
        office.fieldNames().forEachRemaining(names::add);
        device.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode b = base.get(name);
            JsonNode o = office.get(name);
            JsonNode d = device.get(name);
            if (Objects.equals(d, b) || Objects.equals(d, o)) {
                continue; // the device did not change it, or changed it as the office did
            }
            if (Objects.equals(o, b)) {
                if (d == null) {
                    merged.remove(name);
                } else {
                    merged.set(name, d);
                }
            } else {
                conflicts.add(new Field(name, b, o, d));
            }
        }
        return new Result(merged, conflicts);
    }

    static List<String> names(List<Field> fields) {
        List<String> out = new ArrayList<>();
        for (Iterator<Field> it = fields.iterator(); it.hasNext();) {
            out.add(it.next().name());
        }
        return out;
    }
}
