package org.lastmile.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.server.store.Conflicts;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.EntityRow;
import org.lastmile.store.Hashes;
import org.lastmile.store.json.CanonicalJson;
import org.lastmile.store.json.CaseCodec;
import org.lastmile.sync.protocol.EnrolAnswer;
import org.lastmile.sync.protocol.Endpoints;
import org.lastmile.sync.protocol.OpResult;
import org.lastmile.sync.protocol.OpStatus;
import org.lastmile.sync.protocol.Operation;
import org.lastmile.sync.protocol.PushResponse;
import org.lastmile.sync.protocol.Wire;

/** The same field changed at the office and in the field: the office value stays, both are kept. */
class ConflictTest {

    @TempDir
    Path tmp;

    @Test
    void aFieldChangedOnBothSidesIsKeptInTheConflictTable() throws Exception {
        Laptop laptop = new Laptop(tmp.resolve("laptop"));
        try (ServerHarness server = new ServerHarness(tmp.resolve("server"), null, true)) {
            EnrolAnswer device = server.enrol(laptop.officerId);
            server.json(server.send("POST", Endpoints.PUSH, device.token(),
                    Wire.write(server.mapper, laptop.push(device.deviceId(), laptop.outbox))), PushResponse.class);
            CaseCodec codec = new CaseCodec(new CanonicalJson(), CourtTable.shipped());
            EntityRow before = server.server.db().transaction(c -> Entities.all(c, "case")).stream()
                    .filter(r -> r.scope().officerIds().contains(laptop.officerId)).findFirst().orElseThrow();
            EnforcementCase held = codec.read(before.payload());

            // the office assigns a colleague (cases import of the same case)
            String colleague = UUID.randomUUID().toString();
            Path file = tmp.resolve("assign.json");
            Files.writeString(file, "[{\"id\":\"" + held.id() + "\",\"case_number\":\"" + held.number()
                    + "\",\"status\":\"" + held.status().name().toLowerCase() + "\",\"filing_date\":\"" + held.filingDate()
                    + "\"}]");
            assertThat(server.server.caseImport().importFile(file, colleague)).isEqualTo(1);

            // meanwhile in the field, on the old base, the officer assigned someone else
            String fieldMate = UUID.randomUUID().toString();
            List<UUID> fieldOfficers = new java.util.ArrayList<>(held.officerIds());
            fieldOfficers.add(UUID.fromString(fieldMate));
            EnforcementCase edited = new EnforcementCase(held.id(), held.number(), held.causeZh(), held.causeBo(),
                    held.title(), held.obligations(), held.filingDate(), held.status(), fieldOfficers, held.parties(),
                    held.progress(), held.demo());
            String payload = codec.write(edited);
            Operation op = new Operation(UUID.randomUUID(), "case", held.id().toString(), "upsert", before.version(),
                    payload, Hashes.sha256(payload), java.time.Instant.now(), List.of());
            OpResult result = server.json(server.send("POST", Endpoints.PUSH, device.token(),
                    Wire.write(server.mapper, laptop.push(device.deviceId(), List.of(op)))), PushResponse.class)
                    .results().get(0);

            assertThat(result.status()).isEqualTo(OpStatus.CONFLICT);
            assertThat(result.conflictFields()).containsExactly("officer_ids");
            List<Conflicts.Row> rows = server.server.db().transaction(Conflicts::open);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).office()).contains(colleague).doesNotContain(fieldMate);
            assertThat(rows.get(0).device()).contains(fieldMate).doesNotContain(colleague);
            EntityRow after = server.server.db().transaction(c -> Entities.find(c, "case", held.id().toString())).orElseThrow();
            assertThat(after.scope().officerIds()).contains(colleague).doesNotContain(fieldMate);
        }
    }
}
