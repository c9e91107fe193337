package org.lastmile.store.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.lastmile.store.json.CanonicalJson;

/**
 * The demo data set shipped in {@code resources/demo/demo.json}: realistic cases of Qinghai's
 * courts, written relative to its {@code as_of} date and moved to the day it is loaded, so that a
 * newcomer always sees a mix of overdue, due-soon and quiet cases.
 */
public final class DemoData {

    /** The classpath resource. */
    public static final String RESOURCE = "/demo/demo.json";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER_YEAR = Pattern.compile("^\\((\\d{4})\\)");

    private final JsonNode root;

    private DemoData(JsonNode root) {
        this.root = root;
    }

    /** The demo data moved so that its {@code as_of} day becomes {@code today}. */
    public static DemoData shipped(CanonicalJson json, LocalDate today) {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            JsonNode root = json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            long shift = ChronoUnit.DAYS.between(LocalDate.parse(root.path("as_of").asText()), today);
            shiftDates(root, shift);
            for (JsonNode c : root.path("cases")) {
                alignNumberYear((ObjectNode) c);
            }
            return new DemoData(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode officers() {
        return root.path("officers");
    }

    public JsonNode cases() {
        return root.path("cases");
    }

    /** The farmland case whose hand-over record the demo seals. */
    public java.util.UUID farmlandCaseId() {
        return java.util.UUID.fromString(root.path("record_case_id").asText());
    }

    /** Officer ids by their demo key ({@code gendun}, {@code lidong}, {@code wanghai}, …). */
    public java.util.Map<String, java.util.UUID> officerIds() {
        java.util.Map<String, java.util.UUID> ids = new java.util.LinkedHashMap<>();
        root.path("officer_keys").fields().forEachRemaining(
                e -> ids.put(e.getKey(), java.util.UUID.fromString(e.getValue().asText())));
        return ids;
    }

    /** The officer whose profile the demo opens with. */
    public String profileOfficerId() {
        return root.path("profile_officer_id").asText();
    }

    private static void shiftDates(JsonNode node, long days) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual() && ISO_DATE.matcher(field.getValue().asText()).matches()) {
                    field.setValue(TextNode.valueOf(LocalDate.parse(field.getValue().asText()).plusDays(days).toString()));
                } else {
                    shiftDates(field.getValue(), days);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> shiftDates(item, days));
        }
    }

    // A case filed in another year than its number says would be refused: renumber to the filing year.
    private static void alignNumberYear(ObjectNode c) {
        String number = c.path("case_number").asText();
        int filingYear = LocalDate.parse(c.path("filing_date").asText()).getYear();
        c.put("case_number", NUMBER_YEAR.matcher(number).replaceFirst("(" + filingYear + ")"));
    }
}
