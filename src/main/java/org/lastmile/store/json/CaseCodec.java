package org.lastmile.store.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import static org.lastmile.store.json.JsonFields.date;
import static org.lastmile.store.json.JsonFields.enumValue;
import static org.lastmile.store.json.JsonFields.field;
import static org.lastmile.store.json.JsonFields.list;
import static org.lastmile.store.json.JsonFields.optDate;
import static org.lastmile.store.json.JsonFields.optDecimal;
import static org.lastmile.store.json.JsonFields.optText;
import static org.lastmile.store.json.JsonFields.put;
import static org.lastmile.store.json.JsonFields.text;
import static org.lastmile.store.json.JsonFields.uuid;
import org.lastmile.domain.cases.CaseNumber;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.EnforcementTitle;
import org.lastmile.domain.cases.LandParcel;
import org.lastmile.domain.cases.Obligation;
import org.lastmile.domain.cases.ObligationKind;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyKind;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.cases.TitleKind;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.domain.deadline.CaseProgress;
import org.lastmile.domain.deadline.Extension;
import org.lastmile.domain.deadline.NodeEvent;
import org.lastmile.domain.deadline.NodeKind;
import org.lastmile.domain.deadline.Pause;
import org.lastmile.domain.deadline.PauseReason;
import org.lastmile.domain.deadline.Seizure;
import org.lastmile.domain.deadline.SeizureKind;

/**
 * Enforcement cases as JSON documents (snake_case keys, ISO dates, enums by name, absent values
 * left out): the form stored in the database, sent to the server and shipped as demo data.
 */
public final class CaseCodec {

    private final CanonicalJson json;
    private final CourtTable courts;

    public CaseCodec(CanonicalJson json, CourtTable courts) {
        this.json = json;
        this.courts = courts;
    }

    public String write(EnforcementCase c) {
        return json.write(toJson(c));
    }

    public EnforcementCase read(String text) {
        return fromJson(json.read(text));
    }

    public ObjectNode toJson(EnforcementCase c) {
        ObjectNode n = json.object();
        n.put("id", c.id().toString());
        n.put("case_number", c.number().toString());
        put(n, "cause_zh", c.causeZh());
        put(n, "cause_bo", c.causeBo());
        ObjectNode t = n.putObject("title");
        t.put("kind", c.title().kind().name());
        put(t, "document_number", c.title().documentNumber());
        put(t, "issuer", c.title().issuer());
        put(t, "effective_date", c.title().effectiveDate());
        put(t, "summary_zh", c.title().summaryZh());
        put(t, "summary_bo", c.title().summaryBo());
        ArrayNode obligations = n.putArray("obligations");
        for (Obligation o : c.obligations()) {
            ObjectNode on = obligations.addObject();
            on.put("id", o.id().toString());
            on.put("kind", o.kind().name());
            if (o.quantity() != null) {
                on.put("quantity", o.quantity());
            }
            put(on, "description_zh", o.descriptionZh());
            put(on, "description_bo", o.descriptionBo());
            if (o.parcel() != null) {
                LandParcel p = o.parcel();
                ObjectNode pn = on.putObject("parcel");
                put(pn, "location", p.location());
                put(pn, "parcel_id", p.parcelId());
                put(pn, "north", p.north());
                put(pn, "east", p.east());
                put(pn, "south", p.south());
                put(pn, "west", p.west());
            }
        }
        n.put("filing_date", c.filingDate().toString());
        n.put("status", c.status().name());
        ArrayNode officers = n.putArray("officer_ids");
        c.officerIds().forEach(id -> officers.add(id.toString()));
        ArrayNode parties = n.putArray("parties");
        for (Party p : c.parties()) {
            ObjectNode pn = parties.addObject();
            pn.put("id", p.id().toString());
            pn.put("role", p.role().name());
            pn.put("kind", p.kind().name());
            put(pn, "name_zh", p.nameZh());
            put(pn, "name_bo", p.nameBo());
            put(pn, "id_number", p.idNumber());
            put(pn, "phone", p.phone());
            put(pn, "address", p.address());
            pn.put("language", p.language().name());
        }
        n.set("progress", progress(c.progress()));
        if (c.demo()) {
            n.put("demo", true);
        }
        return n;
    }

    private ObjectNode progress(CaseProgress p) {
        ObjectNode n = json.object();
        ArrayNode events = n.putArray("events");
        for (NodeEvent e : p.events()) {
            ObjectNode en = events.addObject();
            en.put("id", e.id().toString());
            en.put("kind", e.kind().name());
            en.put("date", e.date().toString());
            put(en, "note", e.note());
        }
        ArrayNode pauses = n.putArray("pauses");
        for (Pause pause : p.pauses()) {
            ObjectNode pn = pauses.addObject();
            pn.put("id", pause.id().toString());
            pn.put("reason", pause.reason().name());
            pn.put("from", pause.from().toString());
            put(pn, "to", pause.to());
        }
        ArrayNode extensions = n.putArray("extensions");
        for (Extension e : p.extensions()) {
            ObjectNode en = extensions.addObject();
            en.put("id", e.id().toString());
            en.put("approved_on", e.approvedOn().toString());
            en.put("months", e.months());
        }
        ArrayNode seizures = n.putArray("seizures");
        for (Seizure s : p.seizures()) {
            ObjectNode sn = seizures.addObject();
            sn.put("id", s.id().toString());
            sn.put("kind", s.kind().name());
            put(sn, "description", s.description());
            sn.put("date", s.date().toString());
            put(sn, "released_on", s.releasedOn());
        }
        return n;
    }

    /**
     * Reads a case document.
     *
     * @throws LocalizedException {@code json.error.field} naming a missing or malformed field, or
     *     a case-number key when the number does not parse
     */
    public EnforcementCase fromJson(JsonNode n) {
        CaseNumber number = CaseNumber.parse(text(n, "case_number"), courts, Year.of(Year.MAX_VALUE));
        JsonNode t = field(n, "title");
        EnforcementTitle title = new EnforcementTitle(enumValue(TitleKind.class, t, "kind"),
                optText(t, "document_number"), optText(t, "issuer"), optDate(t, "effective_date"),
                optText(t, "summary_zh"), optText(t, "summary_bo"));
        List<Obligation> obligations = list(n, "obligations", o -> {
            JsonNode p = o.get("parcel");
            LandParcel parcel = p == null ? null : new LandParcel(optText(p, "location"), optText(p, "parcel_id"),
                    optText(p, "north"), optText(p, "east"), optText(p, "south"), optText(p, "west"));
            BigDecimal quantity = optDecimal(o, "quantity");
            return new Obligation(uuid(o, "id"), enumValue(ObligationKind.class, o, "kind"), quantity,
                    optText(o, "description_zh"), optText(o, "description_bo"), parcel);
        });
        List<UUID> officers = list(n, "officer_ids", o -> UUID.fromString(o.asText()));
        List<Party> parties = list(n, "parties", p -> new Party(uuid(p, "id"), enumValue(PartyRole.class, p, "role"),
                enumValue(PartyKind.class, p, "kind"), optText(p, "name_zh"), optText(p, "name_bo"),
                optText(p, "id_number"), optText(p, "phone"), optText(p, "address"),
                enumValue(SpokenLanguage.class, p, "language")));
        JsonNode pr = n.get("progress");
        CaseProgress progress = pr == null ? CaseProgress.NONE : new CaseProgress(
                list(pr, "events", e -> new NodeEvent(uuid(e, "id"), enumValue(NodeKind.class, e, "kind"),
                        date(e, "date"), optText(e, "note"))),
                list(pr, "pauses", p -> new Pause(uuid(p, "id"), enumValue(PauseReason.class, p, "reason"),
                        date(p, "from"), optDate(p, "to"))),
                list(pr, "extensions", e -> new Extension(uuid(e, "id"), date(e, "approved_on"),
                        e.path("months").asInt())),
                list(pr, "seizures", s -> new Seizure(uuid(s, "id"), enumValue(SeizureKind.class, s, "kind"),
                        optText(s, "description"), date(s, "date"), optDate(s, "released_on"))));
        return new EnforcementCase(uuid(n, "id"), number, optText(n, "cause_zh"), optText(n, "cause_bo"), title,
                obligations, date(n, "filing_date"), enumValue(CaseStatus.class, n, "status"), officers, parties,
                progress, n.path("demo").asBoolean(false));
    }
}
