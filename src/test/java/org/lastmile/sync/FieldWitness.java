package org.lastmile.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lastmile.server.CourtServer;

/**
 * What the model-based test knows of case fields, independent of how the sync engine keeps its
 * versions: which values each laptop has held (its "seen" set, sampled from the laptop's own case
 * table after every step that can change it), and the court's history of every case field, read
 * from the court's change feed.
 *
 * <p>The rule it checks is sync.md's "nothing is ever silently overwritten": a change the court
 * stores on behalf of a laptop may replace a field's value only if that laptop has held the value it
 * replaces. A laptop that never saw the office's value and still overwrote it did so blindly.
 */
final class FieldWitness {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Set<String>> seen = new ArrayList<>();
    private final Map<String, String> courtPayload = new HashMap<>();
    private final Set<String> courtHistory = new HashSet<>();
    private long checkedSequence;

    FieldWitness(int devices) {
        for (int i = 0; i < devices; i++) {
            seen.add(new HashSet<>());
        }
    }

    /** Notes every field value of a case document as held by the device. */
    void held(int device, String caseId, String doc) {
        if (doc == null) {
            return;
        }
        JsonNode root = tree(doc);
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String field = it.next();
            seen.get(device).add(key(caseId, field, root.get(field)));
        }
    }

    /** Notes a value a person was shown in the conflict review (the office's side). */
    void shown(int device, String caseId, String field, String value) {
        if (value == null) {
            return;
        }
        if ("*".equals(field) || field.startsWith("!")) {
            held(device, caseId, value);
        } else {
            JsonNode node;
            try {
                node = JSON.readTree(value);
            } catch (IOException notJson) {
                node = com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
            }
            seen.get(device).add(key(caseId, field, node));
            seen.get(device).add(key(caseId, field, com.fasterxml.jackson.databind.node.TextNode.valueOf(value)));
        }
    }

    Set<String> snapshot(int device) {
        return Set.copyOf(seen.get(device));
    }

    /**
     * Walks the court's case changes since the last walk.
     *
     * @param deviceIds the court's id of each device, by index
     * @param seenBefore each device's seen set as it was before the steps being checked
     * @return one line per blind overwrite
     */
    List<String> walk(CourtServer server, List<String> deviceIds, Map<Integer, Set<String>> seenBefore) {
        List<String> blind = new ArrayList<>();
        List<String[]> rows = server.db().transaction(c -> {
            List<String[]> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT sequence, entity_id, payload, origin_device FROM changes"
                    + " WHERE entity = 'case' AND sequence > ? ORDER BY sequence")) {
                s.setLong(1, checkedSequence);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
                    }
                }
            }
            return out;
        });
        for (String[] row : rows) {
            checkedSequence = Long.parseLong(row[0]);
            String caseId = row[1];
            String before = courtPayload.put(caseId, row[2]);
            if (row[2] == null) {
                continue;
            }
            JsonNode now = tree(row[2]);
            now.fieldNames().forEachRemaining(f -> courtHistory.add(key(caseId, f, now.get(f))));
            int device = row[3] == null ? -1 : deviceIds.indexOf(row[3]);
            if (before == null || device < 0 || !seenBefore.containsKey(device)) {
                continue; // a new case, or the office, which edits the court's current content
            }
            JsonNode old = tree(before);
            Set<String> names = new TreeSet<>();
            old.fieldNames().forEachRemaining(names::add);
            now.fieldNames().forEachRemaining(names::add);
            for (String f : names) {
                JsonNode was = old.get(f);
                if (!java.util.Objects.equals(was, now.get(f)) && was != null
                        && !seenBefore.get(device).contains(key(caseId, f, was))) {
                    blind.add("laptop " + device + " replaced " + f + "=" + was + " of case " + caseId + " with "
                            + now.get(f) + " at sequence " + row[0] + " without ever holding it");
                }
            }
        }
        return blind;
    }

    /** Whether the court ever held this value of the field. */
    boolean everOnCourt(String caseId, String field, String value) {
        return courtHistory.contains(key(caseId, field, com.fasterxml.jackson.databind.node.TextNode.valueOf(value)));
    }

    private static String key(String caseId, String field, JsonNode value) {
        return caseId + "|" + field + "|" + value;
    }

    private static JsonNode tree(String doc) {
        try {
            return JSON.readTree(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
