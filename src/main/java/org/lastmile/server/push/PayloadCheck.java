package org.lastmile.server.push;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.UUID;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Officer;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.store.sketch.SketchCodec;
import org.lastmile.server.store.Refusal;
import org.lastmile.server.store.Scope;
import org.lastmile.store.json.CanonicalJson;
import org.lastmile.store.json.CaseCodec;
import org.lastmile.store.json.OfficerCodec;
import org.lastmile.store.json.RecordCodec;
import org.lastmile.sync.protocol.Limits;

/**
 * The schema check of a payload: it must be read by the laptop's own codec and written back to
 * exactly the same bytes (so an unknown field, a missing one, a bad value or a non-canonical form
 * is refused), name the entity it claims to be, and hold valid geometry.
 */
public final class PayloadCheck {

    private final CanonicalJson json = new CanonicalJson();
    private final CanonicalJson legacy = CanonicalJson.legacy();
    private final CaseCodec cases;
    private final OfficerCodec officers = new OfficerCodec(json);
    private final RecordCodec records = new RecordCodec(json);
    private final SketchCodec sketches = new SketchCodec(json);
    private final GeometryCheck geometry = new GeometryCheck();
    /**
     * Reads a payload once, for everything the check needs (geometry, the codec, the canonical
     * form, the merge): as strict as the wire (no duplicate key, nothing after the document, the
     * wire's size and nesting limits) and holding decimals as written, as {@link CanonicalJson}
     * does, so the codecs and the canonical writer see the same tree they would read themselves.
     * It used to be parsed twice, once here and once more by the codec (docs/performance.md).
     */
    private final ObjectMapper strict = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(Limits.MAX_PAYLOAD_CHARS * 4)
                            .maxNestingDepth(32)
                            .maxDocumentLength(Limits.MAX_BODY_BYTES)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    public PayloadCheck(CourtTable courts) {
        this.cases = new CaseCodec(json, courts);
    }

    /**
     * Checks one payload.
     *
     * @param sealed whether it is the sealed bytes of a record (kept byte for byte, also in the
     *     form LastMile wrote before RFC 8785)
     * @throws Refusal {@code server.push.error.schema}, {@code server.push.error.geometry},
     *     {@code server.push.error.entityId}
     */
    Parsed check(String entity, String entityId, String payload, boolean sealed) {
        JsonNode tree;
        try {
            tree = strict.readTree(payload);
        } catch (Exception e) {
            throw new Refusal(422, "server.push.error.schema", entityId);
        }
        if (tree == null || !tree.isObject()) {
            throw new Refusal(422, "server.push.error.schema", entityId);
        }
        String where = geometry.problem(tree);
        if (where != null) {
            throw new Refusal(422, "server.push.error.geometry", entityId, where);
        }
        try {
            return switch (entity) {
                case "case" -> {
                    EnforcementCase c = cases.fromJson(tree);
                    same(cases.write(c), payload, sealed, entityId);
                    id(c.id(), entityId);
                    yield new Parsed(tree, new Scope(c.number().court().code(), null, c.number().toString(),
                            c.officerIds().stream().map(UUID::toString).toList()));
                }
                case "officer" -> {
                    Officer o = officers.fromJson(tree);
                    same(officers.write(o), payload, sealed, entityId);
                    id(o.id(), entityId);
                    yield new Parsed(tree, new Scope(o.courtCode(), null, null, List.of(o.id().toString())));
                }
                case "record" -> {
                    SiteRecord r = records.fromJson(tree);
                    if (sealed) {
                        // canonical in RFC 8785 or in the legacy form: the tree read once, written
                        // in each form (CanonicalJson.isCanonical would read the text again)
                        if (!json.write(tree).equals(payload) && !legacy.write(tree).equals(payload)) {
                            throw new Refusal(422, "server.push.error.schema", entityId);
                        }
                    } else {
                        same(records.write(r), payload, false, entityId);
                    }
                    id(r.id(), entityId);
                    yield new Parsed(tree, new Scope(null, r.caseId().toString(), null, List.of()));
                }
                case "sketch" -> {
                    // one sketch per case, named by its case (as the laptop's sketches table is)
                    SiteSketch k = sketches.read(payload);
                    same(sketches.write(k), payload, false, entityId);
                    id(k.caseId(), entityId);
                    yield new Parsed(tree, new Scope(null, k.caseId().toString(), null, List.of()));
                }
                default -> throw new Refusal(422, "server.push.error.entity", entity);
            };
        } catch (Refusal r) {
            throw r;
        } catch (RuntimeException e) {
            throw new Refusal(422, "server.push.error.schema", entityId);
        }
    }

    /** The canonical text of a merged tree, checked like a payload. */
    String canonical(String entity, String entityId, JsonNode tree) {
        String text = json.write(tree);
        check(entity, entityId, text, false);
        return text;
    }

    private static void same(String rewritten, String payload, boolean sealed, String entityId) {
        if (!rewritten.equals(payload) && !sealed) {
            throw new Refusal(422, "server.push.error.schema", entityId);
        }
    }

    private static void id(UUID id, String entityId) {
        if (!id.toString().equals(entityId)) {
            throw new Refusal(422, "server.push.error.entityId", entityId);
        }
    }
}
