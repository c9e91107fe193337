package org.lastmile.store.json;

import static org.lastmile.store.json.JsonFields.enumValue;
import static org.lastmile.store.json.JsonFields.instant;
import static org.lastmile.store.json.JsonFields.list;
import static org.lastmile.store.json.JsonFields.optDate;
import static org.lastmile.store.json.JsonFields.optDecimal;
import static org.lastmile.store.json.JsonFields.optDouble;
import static org.lastmile.store.json.JsonFields.optInstant;
import static org.lastmile.store.json.JsonFields.optText;
import static org.lastmile.store.json.JsonFields.optUuid;
import static org.lastmile.store.json.JsonFields.put;
import static org.lastmile.store.json.JsonFields.text;
import static org.lastmile.store.json.JsonFields.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lastmile.domain.cases.LandParcel;
import org.lastmile.domain.cases.ObligationKind;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.AgentAuthority;
import org.lastmile.domain.record.Agreement;
import org.lastmile.domain.record.AgreementTerm;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.domain.record.BodyCameraLog;
import org.lastmile.domain.record.BoundaryMarker;
import org.lastmile.domain.record.CarriedSections;
import org.lastmile.domain.record.InterpreterInfo;
import org.lastmile.domain.record.InventoryLine;
import org.lastmile.domain.record.LandDetails;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.Relationship;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.StandardStatement;
import org.lastmile.domain.record.Stroke;
import org.lastmile.domain.record.StrokePoint;
import org.lastmile.domain.record.SurveyDetails;
import org.lastmile.domain.record.TranscriptEntry;

/**
 * On-site records as canonical JSON. The same bytes are stored, sent, and hashed for the seal:
 * {@link #content} (everything the signatories saw) and {@link #toJson} (content plus signatures).
 */
public final class RecordCodec {

    private final CanonicalJson json;

    public RecordCodec(CanonicalJson json) {
        this.json = json;
    }

    /** The canonical text of the whole record, signatures included. */
    public String write(SiteRecord r) {
        return json.write(toJson(r));
    }

    /** The canonical text of what the signatories confirm: the record without its signatures. */
    public String content(SiteRecord r) {
        ObjectNode n = toJson(r);
        n.remove("signatures");
        return json.write(n);
    }

    public SiteRecord read(String text) {
        return fromJson(json.read(text));
    }

    /**
     * What the signatories of a stored record confirmed: its bytes without the signatures, in the
     * canonical form they were written in. A record in RFC 8785 form is taken as stored, so the
     * answer does not depend on how this codec maps records today; a record written before
     * LastMile followed RFC 8785 is read and written again in {@link CanonicalJson#legacy()}, the
     * form its signatures were made over (docs/records.md, "The canonical form").
     */
    public String storedContent(String stored) {
        JsonNode tree = json.read(stored);
        if (json.write(tree).equals(stored) && tree instanceof ObjectNode object) {
            object.remove("signatures");
            return json.write(object);
        }
        return new RecordCodec(CanonicalJson.legacy()).content(fromJson(tree));
    }

    public ObjectNode toJson(SiteRecord r) {
        ObjectNode n = json.object();
        n.put("id", r.id().toString());
        n.put("case_id", r.caseId().toString());
        n.put("type", r.type().name());
        n.put("language", r.language().name());
        n.put("started_at", r.startedAt().toString());
        put(n, "ended_at", r.endedAt());
        n.set("place", place(r.place()));
        ArrayNode people = n.putArray("participants");
        r.participants().forEach(p -> people.add(participant(p)));
        ArrayNode transcript = n.putArray("transcript");
        for (TranscriptEntry t : r.transcript()) {
            ObjectNode tn = transcript.addObject();
            tn.put("id", t.id().toString());
            tn.put("speaker_id", t.speakerId().toString());
            tn.put("language", t.language().name());
            tn.put("original", t.original());
            put(tn, "translation", t.translation());
            put(tn, "statement", t.statement());
            tn.put("at", t.at().toString());
        }
        n.set("agreement", agreement(r.agreement()));
        // Every record has the four sections, empty where its kind has none: the bytes that were
        // signed before records had one details type per kind (golden/records-before-details).
        RecordDetails details = r.details();
        CarriedSections carried = r.carried();
        ArrayNode inventory = n.putArray("inventory");
        (details instanceof RecordDetails.Seizure s ? s.inventory() : carried.inventory())
                .forEach(line -> inventory.add(inventoryLine(line)));
        n.set("land", land(details instanceof RecordDetails.LandHandover h ? h.land() : carried.land()));
        SurveyDetails surveyed = details instanceof RecordDetails.Survey s ? s.survey() : carried.survey();
        ObjectNode survey = n.putObject("survey");
        put(survey, "surveyor", surveyed.surveyor());
        put(survey, "process", surveyed.process());
        put(survey, "result", surveyed.result());
        BodyCameraLog log = details instanceof RecordDetails.BodyCamera c ? c.log() : carried.bodyCamera();
        ObjectNode camera = n.putObject("body_camera");
        put(camera, "device", log.device());
        put(camera, "start", log.start());
        put(camera, "end", log.end());
        put(camera, "break_reason", log.breakReason());
        put(n, "cash_collected", r.cashCollected());
        ArrayNode attachments = n.putArray("attachments");
        r.attachments().forEach(a -> attachments.add(attachment(a)));
        put(n, "sketch_sha256", r.sketchSha256());
        ArrayNode signatures = n.putArray("signatures");
        r.signatures().forEach(s -> signatures.add(signature(s)));
        put(n, "amends", r.amends());
        return n;
    }

    private ObjectNode place(Place p) {
        ObjectNode n = json.object();
        put(n, "name", p.name());
        put(n, "lon", p.longitude());
        put(n, "lat", p.latitude());
        put(n, "sigma_m", p.sigmaM());
        return n;
    }

    private ObjectNode participant(Participant p) {
        ObjectNode n = json.object();
        n.put("id", p.id().toString());
        n.put("role", p.role().name());
        put(n, "name_zh", p.nameZh());
        put(n, "name_bo", p.nameBo());
        put(n, "id_number", p.idNumber());
        n.put("language", p.language().name());
        put(n, "party_id", p.partyId());
        put(n, "officer_id", p.officerId());
        n.put("id_shown", p.idShown());
        put(n, "authority", p.authority());
        if (p.interpreter() != null) {
            ObjectNode i = n.putObject("interpreter");
            i.put("from", p.interpreter().from().name());
            i.put("to", p.interpreter().to().name());
            i.put("pledged", p.interpreter().pledged());
            ObjectNode rel = i.putObject("relationships");
            p.interpreter().relationships().forEach((party, relation) -> rel.put(party.toString(), relation.name()));
        }
        return n;
    }

    private ObjectNode agreement(Agreement a) {
        ObjectNode n = json.object();
        ArrayNode terms = n.putArray("terms");
        for (AgreementTerm t : a.terms()) {
            ObjectNode tn = terms.addObject();
            tn.put("id", t.id().toString());
            tn.put("kind", t.kind().name());
            put(tn, "what_zh", t.whatZh());
            put(tn, "what_bo", t.whatBo());
            put(tn, "quantity", t.quantity());
            put(tn, "due", t.due());
            put(tn, "place", t.place());
            put(tn, "manner", t.manner());
            put(tn, "payee_id", t.payeeId());
            ArrayNode livestock = tn.putArray("livestock");
            t.livestock().forEach(line -> livestock.add(inventoryLine(line)));
            put(tn, "parcel_ref", t.parcelRef());
        }
        put(n, "breach_zh", a.breachZh());
        put(n, "breach_bo", a.breachBo());
        return n;
    }

    private ObjectNode inventoryLine(InventoryLine l) {
        ObjectNode n = json.object();
        n.put("id", l.id().toString());
        put(n, "species", l.species());
        n.put("sex", l.sex().name());
        put(n, "age", l.age());
        put(n, "colour", l.colour());
        put(n, "ear_tag", l.earTag());
        n.put("count", l.count());
        put(n, "custodian", l.custodian());
        return n;
    }

    private ObjectNode land(LandDetails l) {
        ObjectNode n = json.object();
        n.put("forced_vacating", l.forcedVacating());
        put(n, "notice_number", l.noticeNumber());
        put(n, "notice_deadline", l.noticeDeadline());
        if (l.parcel() != null) {
            ObjectNode p = n.putObject("parcel");
            put(p, "location", l.parcel().location());
            put(p, "parcel_id", l.parcel().parcelId());
            put(p, "north", l.parcel().north());
            put(p, "east", l.parcel().east());
            put(p, "south", l.parcel().south());
            put(p, "west", l.parcel().west());
        }
        put(n, "method", l.method());
        put(n, "instrument", l.instrument());
        put(n, "area_m2", l.areaM2());
        ArrayNode markers = n.putArray("markers");
        for (BoundaryMarker m : l.markers()) {
            ObjectNode mn = markers.addObject();
            put(mn, "number", m.number());
            put(mn, "material", m.material());
            put(mn, "e", m.easting());
            put(mn, "n", m.northing());
        }
        put(n, "on_the_land", l.onTheLand());
        n.put("accepted", l.accepted());
        n.put("reoccupation_warned", l.reoccupationWarned());
        put(n, "follow_up", l.followUp());
        return n;
    }

    private ObjectNode attachment(AttachmentRef a) {
        ObjectNode n = json.object();
        n.put("sha256", a.sha256());
        n.put("kind", a.kind().name());
        put(n, "file_name", a.fileName());
        n.put("size", a.size());
        put(n, "media_type", a.mediaType());
        put(n, "captured_at", a.capturedAt());
        put(n, "lon", a.longitude());
        put(n, "lat", a.latitude());
        n.put("by_reference", a.byReference());
        put(n, "location", a.location());
        return n;
    }

    private ObjectNode signature(Signature s) {
        ObjectNode n = json.object();
        n.put("id", s.id().toString());
        n.put("participant_id", s.participantId().toString());
        n.put("kind", s.kind().name());
        n.put("content_sha256", s.contentSha256());
        n.set("strokes", strokes(s.strokes()));
        put(n, "strokes_sha256", s.strokesSha256());
        put(n, "image_sha256", s.imageSha256());
        put(n, "identity_check", s.identityCheck());
        put(n, "device", s.device());
        put(n, "app_version", s.appVersion());
        n.put("at", s.at().toString());
        if (s.place() != null) {
            n.set("place", place(s.place()));
        }
        put(n, "read_back_language", s.readBackLanguage());
        put(n, "confirmation", s.confirmation());
        put(n, "refusal_reason", s.refusalReason());
        put(n, "refusal_witness_id", s.refusalWitnessId());
        return n;
    }

    /** Strokes as arrays of {@code [x, y, t, pressure]}: compact and exact. */
    public ArrayNode strokes(List<Stroke> strokes) {
        ArrayNode array = json.object().arrayNode();
        for (Stroke stroke : strokes) {
            ArrayNode sn = array.addArray();
            for (StrokePoint p : stroke.points()) {
                sn.addArray().add(p.x()).add(p.y()).add(p.t()).add(p.pressure());
            }
        }
        return array;
    }

    /** The canonical text of strokes, whose hash a signature keeps. */
    public String strokesText(List<Stroke> strokes) {
        return json.write(strokes(strokes));
    }

    public SiteRecord fromJson(JsonNode n) {
        RecordType type = enumValue(RecordType.class, n, "type");
        List<InventoryLine> inventory = list(n, "inventory", this::inventoryLine);
        LandDetails land = land(n.path("land"));
        SurveyDetails survey = new SurveyDetails(optText(n.path("survey"), "surveyor"),
                optText(n.path("survey"), "process"), optText(n.path("survey"), "result"));
        BodyCameraLog camera = new BodyCameraLog(optText(n.path("body_camera"), "device"),
                optInstant(n.path("body_camera"), "start"), optInstant(n.path("body_camera"), "end"),
                optText(n.path("body_camera"), "break_reason"));
        RecordDetails details = switch (type) {
            case ENFORCEMENT -> new RecordDetails.Enforcement();
            case SETTLEMENT -> new RecordDetails.Settlement();
            case LAND_HANDOVER -> new RecordDetails.LandHandover(land);
            case SURVEY -> new RecordDetails.Survey(survey);
            case SEIZURE -> new RecordDetails.Seizure(inventory);
            case INTERPRETER_PLEDGE -> new RecordDetails.InterpreterPledge();
            case BODY_CAMERA_LOG -> new RecordDetails.BodyCamera(camera);
        };
        // What the sections of other kinds hold is kept as read, so the record re-encodes to its bytes.
        CarriedSections carried = new CarriedSections(type == RecordType.SEIZURE ? List.of() : inventory,
                type == RecordType.LAND_HANDOVER ? LandDetails.EMPTY : land,
                type == RecordType.SURVEY ? SurveyDetails.EMPTY : survey,
                type == RecordType.BODY_CAMERA_LOG ? BodyCameraLog.EMPTY : camera);
        return new SiteRecord(uuid(n, "id"), uuid(n, "case_id"),
                enumValue(SpokenLanguage.class, n, "language"), instant(n, "started_at"), optInstant(n, "ended_at"),
                place(n.path("place")), list(n, "participants", this::participant),
                list(n, "transcript", t -> new TranscriptEntry(uuid(t, "id"), uuid(t, "speaker_id"),
                        enumValue(SpokenLanguage.class, t, "language"), optText(t, "original"),
                        optText(t, "translation"),
                        optText(t, "statement") == null ? null : enumValue(StandardStatement.class, t, "statement"),
                        instant(t, "at"))),
                agreement(n.path("agreement")), details, optDecimal(n, "cash_collected"),
                list(n, "attachments", this::attachment), optText(n, "sketch_sha256"),
                list(n, "signatures", this::signature), optUuid(n, "amends"), carried);
    }

    private static Place place(JsonNode n) {
        return new Place(optText(n, "name"), optDouble(n, "lon"), optDouble(n, "lat"), optDouble(n, "sigma_m"));
    }

    private Participant participant(JsonNode n) {
        InterpreterInfo interpreter = null;
        JsonNode i = n.get("interpreter");
        if (i != null) {
            Map<UUID, Relationship> relations = new LinkedHashMap<>();
            i.path("relationships").fields().forEachRemaining(e -> relations.put(UUID.fromString(e.getKey()),
                    Relationship.valueOf(e.getValue().asText())));
            interpreter = new InterpreterInfo(enumValue(SpokenLanguage.class, i, "from"),
                    enumValue(SpokenLanguage.class, i, "to"), relations, i.path("pledged").asBoolean());
        }
        return new Participant(uuid(n, "id"), enumValue(ParticipantRole.class, n, "role"), optText(n, "name_zh"),
                optText(n, "name_bo"), optText(n, "id_number"), enumValue(SpokenLanguage.class, n, "language"),
                optUuid(n, "party_id"), optUuid(n, "officer_id"), n.path("id_shown").asBoolean(),
                optText(n, "authority") == null ? null : enumValue(AgentAuthority.class, n, "authority"), interpreter);
    }

    private Agreement agreement(JsonNode n) {
        return new Agreement(list(n, "terms", t -> new AgreementTerm(uuid(t, "id"),
                enumValue(ObligationKind.class, t, "kind"), optText(t, "what_zh"), optText(t, "what_bo"),
                optDecimal(t, "quantity"), optDate(t, "due"), optText(t, "place"), optText(t, "manner"),
                optUuid(t, "payee_id"), list(t, "livestock", this::inventoryLine), optText(t, "parcel_ref"))),
                optText(n, "breach_zh"), optText(n, "breach_bo"));
    }

    private InventoryLine inventoryLine(JsonNode n) {
        return new InventoryLine(uuid(n, "id"), optText(n, "species"), enumValue(InventoryLine.Sex.class, n, "sex"),
                optText(n, "age"), optText(n, "colour"), optText(n, "ear_tag"), n.path("count").asInt(),
                optText(n, "custodian"));
    }

    private LandDetails land(JsonNode n) {
        JsonNode p = n.get("parcel");
        LandParcel parcel = p == null ? null : new LandParcel(optText(p, "location"), optText(p, "parcel_id"),
                optText(p, "north"), optText(p, "east"), optText(p, "south"), optText(p, "west"));
        return new LandDetails(n.path("forced_vacating").asBoolean(), optText(n, "notice_number"),
                optDate(n, "notice_deadline"), parcel, optText(n, "method"), optText(n, "instrument"),
                optDecimal(n, "area_m2"),
                list(n, "markers", m -> new BoundaryMarker(optText(m, "number"), optText(m, "material"),
                        optDouble(m, "e"), optDouble(m, "n"))),
                optText(n, "on_the_land"), n.path("accepted").asBoolean(), n.path("reoccupation_warned").asBoolean(),
                optDate(n, "follow_up"));
    }

    private AttachmentRef attachment(JsonNode n) {
        return new AttachmentRef(text(n, "sha256"), enumValue(AttachmentKind.class, n, "kind"), optText(n, "file_name"),
                n.path("size").asLong(), optText(n, "media_type"), optInstant(n, "captured_at"), optDouble(n, "lon"),
                optDouble(n, "lat"), n.path("by_reference").asBoolean(), optText(n, "location"));
    }

    private Signature signature(JsonNode n) {
        List<Stroke> strokes = new ArrayList<>();
        for (JsonNode sn : n.path("strokes")) {
            List<StrokePoint> points = new ArrayList<>();
            for (JsonNode pn : sn) {
                points.add(new StrokePoint(pn.get(0).asDouble(), pn.get(1).asDouble(), pn.get(2).asLong(),
                        pn.get(3).asDouble()));
            }
            strokes.add(new Stroke(points));
        }
        return new Signature(uuid(n, "id"), uuid(n, "participant_id"), enumValue(SignatureKind.class, n, "kind"),
                text(n, "content_sha256"), strokes, optText(n, "strokes_sha256"), optText(n, "image_sha256"),
                optText(n, "identity_check"), optText(n, "device"), optText(n, "app_version"), instant(n, "at"),
                n.has("place") ? place(n.get("place")) : null,
                optText(n, "read_back_language") == null ? null
                        : enumValue(SpokenLanguage.class, n, "read_back_language"),
                optText(n, "confirmation"), optText(n, "refusal_reason"), optUuid(n, "refusal_witness_id"));
    }
}
