package org.lastmile.store.records;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** The paths at which two JSON documents differ, e.g. {@code transcript[2].original}. */
final class JsonDiff {

    private JsonDiff() {
    }

    static List<String> paths(JsonNode a, JsonNode b) {
        List<String> out = new ArrayList<>();
        walk("", a, b, out);
        return out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
            out.add(path.isEmpty() ? "$" : path);
        } else if (a.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), out);
            }
        } else if (a.isArray()) {
            Iterator<JsonNode> ia = a.elements();
            Iterator<JsonNode> ib = b.elements();
            int i = 0;
            while (ia.hasNext() || ib.hasNext()) {
                walk(path + "[" + i + "]", ia.hasNext() ? ia.next() : null, ib.hasNext() ? ib.next() : null, out);
                i++;
            }
        } else if (!Objects.equals(a, b)) {
            out.add(path.isEmpty() ? "$" : path);
        }
    }
}
