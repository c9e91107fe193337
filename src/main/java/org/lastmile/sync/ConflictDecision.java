package org.lastmile.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.UUID;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.service.CaseService;
import org.lastmile.store.Database;
import org.lastmile.store.json.CaseCodec;
import org.lastmile.store.open.Store;
import org.lastmile.store.outbox.Origin;

/**
 * A person's decision on a conflict: the chosen value is written into the case as an edit of
 * this device (audited and sent to the court like any other), and the conflict is closed, in one
 * transaction. A whole-case conflict ({@code *}, or a pulled case the rules refused) takes the
 * whole chosen document.
 */
public final class ConflictDecision {

    /** Which side's value a person kept. */
    public enum Choice {
        /** The value set at the office (法院). */
        OFFICE,
        /** The value recorded in the field on this device. */
        FIELD
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final CaseService cases;
    private final CaseCodec codec;
    private final Conflicts conflicts;

    ConflictDecision(Store store) {
        this.database = store.database();
        this.cases = CaseService.of(store);
        this.codec = new CaseCodec(store.json(), store.courts());
        this.conflicts = new Conflicts(store.database());
    }

    void decide(UUID id, Choice choice, String actor) {
        Conflicts.Open open = conflicts.open().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new LocalizedException("sync.conflict.gone"));
        String value = choice == Choice.OFFICE ? open.value().server() : open.value().local();
        EnforcementCase edit = null;
        if ("case".equals(open.entity())) {
            EnforcementCase current = cases.find(UUID.fromString(open.entityId())).orElse(null);
            EnforcementCase chosen = chosen(current, open.value().field(), value);
            if (chosen != null && (current == null || !codec.write(chosen).equals(codec.write(current)))) {
                edit = chosen;
            }
        }
        EnforcementCase write = edit;
        database.transaction(tx -> {
            if (write != null) {
                cases.save(tx, write, actor, Origin.LOCAL);
            }
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL")) {
                s.setString(1, tx.now().toString());
                s.setString(2, choice.name().toLowerCase(Locale.ROOT));
                s.setString(3, id.toString());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The case with the chosen value in place; {@code null} when there is nothing to write. */
    private EnforcementCase chosen(EnforcementCase current, String field, String value) {
        if (field.equals("*") || field.startsWith("!")) {
            return value == null ? null : codec.read(value);
        }
        if (current == null) {
            return null;
        }
        ObjectNode doc = codec.toJson(current);
        String[] parts = field.split("\\.");
        ObjectNode parent = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = parent.path(parts[i]);
            if (!next.isObject()) {
                return null;
            }
            parent = (ObjectNode) next;
        }
        String name = parts[parts.length - 1];
        if (value == null) {
            parent.remove(name);
        } else {
            parent.set(name, node(parent.get(name), value));
        }
        return codec.fromJson(doc);
    }

    /** The value as the field holds it: text stays text, anything else is read as JSON. */
    private static JsonNode node(JsonNode existing, String value) {
        if (existing == null || existing.isTextual()) {
            return TextNode.valueOf(value);
        }
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            return TextNode.valueOf(value);
        }
    }
}
