package org.lastmile.store.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lastmile.common.PersonName;
import org.lastmile.domain.deadline.CaseProgress;
import org.lastmile.domain.deadline.Extension;
import org.lastmile.domain.deadline.NodeEvent;
import org.lastmile.domain.deadline.NodeKind;
import org.lastmile.domain.deadline.Pause;
import org.lastmile.domain.deadline.PauseReason;
import org.lastmile.domain.deadline.Seizure;
import org.lastmile.domain.deadline.SeizureKind;

/**
 * The short JSON of the case list's columns (V7): names as {@code [["扎西","བཀྲ་ཤིས"],…]} and the
 * deadline facts as {@code {"m":…,"n":…,"e":[[kind,date]],"p":[[reason,from,to]],"x":[[approved,
 * months]],"s":[[kind,date,released,description]]}}. Identities and notes are left out: the deadline
 * engine uses neither, and the row stays a tenth of the document's size.
 */
final class CaseListCodec {

    /** The identity of every item read back: the list never needs the real ones. */
    private static final UUID NONE = new UUID(0, 0);

    private final ObjectMapper mapper = new ObjectMapper();

    String names(List<PersonName> names) {
        ArrayNode out = mapper.createArrayNode();
        for (PersonName n : names) {
            out.addArray().add(n.zh()).add(n.bo());
        }
        return out.toString();
    }

    List<PersonName> names(String text) {
        JsonNode array = parse(text);
        List<PersonName> out = new ArrayList<>(array.size());
        for (JsonNode n : array) {
            out.add(new PersonName(string(n.get(0)), string(n.get(1))));
        }
        return out;
    }

    String facts(boolean money, boolean nonLitigation, CaseProgress p) {
        ObjectNode out = mapper.createObjectNode();
        out.put("m", money);
        out.put("n", nonLitigation);
        ArrayNode events = out.putArray("e");
        for (NodeEvent e : p.events()) {
            events.addArray().add(e.kind().name()).add(e.date().toString());
        }
        ArrayNode pauses = out.putArray("p");
        for (Pause pause : p.pauses()) {
            pauses.addArray().add(pause.reason().name()).add(pause.from().toString()).add(text(pause.to()));
        }
        ArrayNode extensions = out.putArray("x");
        for (Extension x : p.extensions()) {
            extensions.addArray().add(x.approvedOn().toString()).add(x.months());
        }
        ArrayNode seizures = out.putArray("s");
        for (Seizure s : p.seizures()) {
            seizures.addArray().add(s.kind().name()).add(s.date().toString()).add(text(s.releasedOn()))
                    .add(s.description());
        }
        return out.toString();
    }

    /** The facts read back. */
    Facts facts(String text) {
        JsonNode n = parse(text);
        List<NodeEvent> events = new ArrayList<>();
        for (JsonNode e : n.get("e")) {
            events.add(new NodeEvent(NONE, NodeKind.valueOf(e.get(0).asText()), date(e.get(1)), null));
        }
        List<Pause> pauses = new ArrayList<>();
        for (JsonNode p : n.get("p")) {
            pauses.add(new Pause(NONE, PauseReason.valueOf(p.get(0).asText()), date(p.get(1)), date(p.get(2))));
        }
        List<Extension> extensions = new ArrayList<>();
        for (JsonNode x : n.get("x")) {
            extensions.add(new Extension(NONE, date(x.get(0)), x.get(1).asInt()));
        }
        List<Seizure> seizures = new ArrayList<>();
        for (JsonNode s : n.get("s")) {
            seizures.add(new Seizure(NONE, SeizureKind.valueOf(s.get(0).asText()), string(s.get(3)), date(s.get(1)),
                    date(s.get(2))));
        }
        return new Facts(n.get("m").asBoolean(), n.get("n").asBoolean(),
                new CaseProgress(events, pauses, extensions, seizures));
    }

    /** The deadline facts of one row. */
    record Facts(boolean money, boolean nonLitigation, CaseProgress progress) {
    }

    private JsonNode parse(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case list row is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String string(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }
}
