package org.lastmile.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lastmile.store.Tx;

/**
 * The files a record's JSON names (its attachments, the pad images of its signatures, its sketch)
 * that this device holds in its attachment table: what the court must have before the record is
 * complete ("awaiting media" until then).
 */
final class ReferencedFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferencedFiles() {
    }

    static List<String> held(Tx tx, String entity, String payload) throws SQLException {
        if (!"record".equals(entity)) {
            return List.of();
        }
        Set<String> named = named(payload);
        List<String> held = new ArrayList<>();
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT 1 FROM attachments WHERE sha256 = ?")) {
            for (String sha : named) {
                s.setString(1, sha);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        held.add(sha);
                    }
                }
            }
        }
        return held;
    }

    static Set<String> named(String payload) {
        Set<String> named = new LinkedHashSet<>();
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (IOException e) {
            return named;
        }
        root.path("attachments").forEach(a -> add(named, a.path("sha256")));
        root.path("signatures").forEach(s -> add(named, s.path("image_sha256")));
        add(named, root.path("sketch_sha256"));
        return named;
    }

    private static void add(Set<String> named, JsonNode value) {
        if (value.isTextual() && value.asText().matches("[0-9a-f]{64}")) {
            named.add(value.asText());
        }
    }
}
