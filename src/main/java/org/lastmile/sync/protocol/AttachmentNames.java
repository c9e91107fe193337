package org.lastmile.sync.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The files a record's JSON names by SHA-256: its attachments (photos, audio, documents, body-camera
 * files), the pad images of its signatures and its sketch. Both sides read it: the laptop to know
 * what to send with a record and what to fetch for a pulled one, the court to decide whether a
 * device may download a file (only a file a record it may see names).
 */
public final class AttachmentNames {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AttachmentNames() {
    }

    /** The hashes {@code payload} names, in order of appearance; none when it is not JSON. */
    public static Set<String> named(String payload) {
        Set<String> named = new LinkedHashSet<>();
        if (payload == null) {
            return named;
        }
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (IOException e) {
            return named;
        }
        if (root == null) {
            return named;
        }
        root.path("attachments").forEach(a -> add(named, a.path("sha256")));
        root.path("signatures").forEach(s -> add(named, s.path("image_sha256")));
        add(named, root.path("sketch_sha256"));
        return named;
    }

    /** Whether {@code text} is a SHA-256 as the protocol writes it (64 lower-case hex digits). */
    public static boolean isSha256(String text) {
        return text != null && text.matches("[0-9a-f]{64}");
    }

    private static void add(Set<String> named, JsonNode value) {
        if (value.isTextual() && isSha256(value.asText())) {
            named.add(value.asText());
        }
    }
}
