package org.lastmile.server.office;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lastmile.domain.cases.CaseNumber;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.EnforcementTitle;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyKind;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.cases.TitleKind;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.domain.deadline.CaseProgress;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.EntityRow;
import org.lastmile.server.store.Refusal;
import org.lastmile.server.store.Sequencer;
import org.lastmile.server.store.ServerDb;
import org.lastmile.store.json.CanonicalJson;
import org.lastmile.store.json.CaseCodec;

/**
 * {@code server cases import FILE}: cases in the JSON form of {@code lastmile cases list --json},
 * assigned to an officer so that they flow down on pull. A case the server holds keeps its
 * content and gains the officer; a new one is made from the listed fields. One transaction: a
 * bad entry imports nothing.
 */
public final class CaseImport {

    private static final Set<String> FIELDS = Set.of("id", "case_number", "title", "cause_zh", "cause_bo", "court",
            "status", "filing_date", "demo", "parties", "urgency", "next_deadline", "officer_ids");
    private static final Set<String> PARTY_FIELDS = Set.of("id", "role", "name_zh", "name_bo", "language");

    private final ServerDb db;
    private final CourtTable courts;
    private final CaseCodec codec;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    public CaseImport(ServerDb db, CourtTable courts, Clock clock) {
        this.db = db;
        this.courts = courts;
        this.codec = new CaseCodec(new CanonicalJson(), courts);
        this.clock = clock;
    }

    /**
     * @param officerId the officer to assign every case to ({@code null}: only the file's {@code officer_ids})
     * @return how many cases changed
     * @throws Refusal 400 {@code server.cases.error.file} / {@code server.cases.error.entry}, 409
     *     {@code server.cases.error.numberTaken}
     */
    public int importFile(Path file, String officerId) {
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            throw new Refusal(400, "server.cases.error.file", file);
        }
        if (root == null || !root.isArray()) {
            throw new Refusal(400, "server.cases.error.file", file);
        }
        List<EnforcementCase> parsed = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            parsed.add(parse(root.get(i), i + 1, officerId));
        }
        return db.transaction(c -> {
            int changed = 0;
            for (EnforcementCase k : parsed) {
                if (write(c, k)) {
                    changed++;
                }
            }
            return changed;
        });
    }

    private boolean write(Connection c, EnforcementCase incoming) throws SQLException {
        long sequence = Sequencer.next(c);
        Optional<EntityRow> existing = Entities.find(c, "case", incoming.id().toString());
        EnforcementCase result = incoming;
        if (existing.isPresent() && existing.get().payload() != null) {
            EnforcementCase held = codec.read(existing.get().payload());
            Set<UUID> officers = new LinkedHashSet<>(held.officerIds());
            officers.addAll(incoming.officerIds());
            result = new EnforcementCase(held.id(), held.number(), held.causeZh(), held.causeBo(), held.title(),
                    held.obligations(), held.filingDate(), held.status(), List.copyOf(officers), held.parties(),
                    held.progress(), held.demo());
        }
        Optional<String> holder = Entities.caseWithNumber(c, result.number().toString());
        if (holder.isPresent() && !holder.get().equals(result.id().toString())) {
            throw new Refusal(409, "server.cases.error.numberTaken", result.number().toString());
        }
        return CaseVersions.write(c, sequence, codec, existing, result, clock);
    }

    private EnforcementCase parse(JsonNode n, int entry, String officerId) {
        try {
            only(n, FIELDS);
            List<UUID> officers = new ArrayList<>();
            if (officerId != null) {
                officers.add(UUID.fromString(officerId));
            }
            if (n.has("officer_ids")) {
                n.get("officer_ids").forEach(o -> officers.add(UUID.fromString(o.asText())));
            }
            List<Party> parties = new ArrayList<>();
            if (n.has("parties")) {
                for (JsonNode p : n.get("parties")) {
                    only(p, PARTY_FIELDS);
                    parties.add(new Party(UUID.fromString(p.get("id").asText()),
                            PartyRole.valueOf(p.get("role").asText().toUpperCase(Locale.ROOT)), PartyKind.PERSON,
                            text(p, "name_zh"), text(p, "name_bo"), null, null, null,
                            SpokenLanguage.valueOf(p.get("language").asText().toUpperCase(Locale.ROOT))));
                }
            }
            CaseNumber number = CaseNumber.parse(n.get("case_number").asText(), courts,
                    Year.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
            return new EnforcementCase(UUID.fromString(n.get("id").asText()), number, text(n, "cause_zh"),
                    text(n, "cause_bo"), new EnforcementTitle(TitleKind.JUDGMENT, text(n, "title"), null, null, null, null),
                    List.of(), LocalDate.parse(n.get("filing_date").asText()),
                    CaseStatus.valueOf(n.get("status").asText().toUpperCase(Locale.ROOT)), officers, parties,
                    CaseProgress.NONE, n.path("demo").asBoolean(false));
        } catch (Refusal r) {
            throw r;
        } catch (RuntimeException e) {
            throw new Refusal(400, "server.cases.error.entry", entry);
        }
    }

    private static void only(JsonNode n, Set<String> allowed) {
        if (!n.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            if (!allowed.contains(it.next())) {
                throw new IllegalArgumentException("unknown field");
            }
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
