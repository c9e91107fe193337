package org.lastmile.store.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lastmile.domain.cases.Officer;
import org.lastmile.domain.cases.OfficerRole;

/** Officers as JSON documents, in the same style as {@link CaseCodec}. */
public final class OfficerCodec {

    private final CanonicalJson json;

    public OfficerCodec(CanonicalJson json) {
        this.json = json;
    }

    public ObjectNode toJson(Officer o) {
        ObjectNode n = json.object();
        n.put("id", o.id().toString());
        putIfPresent(n, "name_zh", o.nameZh());
        putIfPresent(n, "name_bo", o.nameBo());
        n.put("role", o.role().name());
        putIfPresent(n, "badge_number", o.badgeNumber());
        putIfPresent(n, "court_code", o.courtCode());
        putIfPresent(n, "phone", o.phone());
        return n;
    }

    public String write(Officer o) {
        return json.write(toJson(o));
    }

    public Officer fromJson(JsonNode n) {
        return new Officer(JsonFields.uuid(n, "id"), JsonFields.optText(n, "name_zh"), JsonFields.optText(n, "name_bo"),
                JsonFields.enumValue(OfficerRole.class, n, "role"), JsonFields.optText(n, "badge_number"),
                JsonFields.optText(n, "court_code"), JsonFields.optText(n, "phone"));
    }

    public Officer read(String text) {
        return fromJson(json.read(text));
    }

    private static void putIfPresent(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }
}
