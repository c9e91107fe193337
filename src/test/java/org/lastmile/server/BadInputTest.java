package org.lastmile.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.EntityRow;
import org.lastmile.store.Hashes;
import org.lastmile.sync.protocol.EnrolAnswer;
import org.lastmile.sync.protocol.Endpoints;
import org.lastmile.sync.protocol.ErrorBody;
import org.lastmile.sync.protocol.OpResult;
import org.lastmile.sync.protocol.OpStatus;
import org.lastmile.sync.protocol.Operation;
import org.lastmile.sync.protocol.PushResponse;
import org.lastmile.sync.protocol.Wire;

/** Bad requests over real TLS: each is refused with one keyed line and leaves the server as it was. */
class BadInputTest {

    @TempDir
    Path tmp;
    ServerHarness server;
    Laptop laptop;
    EnrolAnswer device;
    String before;

    @BeforeEach
    void pushTheLaptopOnce() throws Exception {
        server = new ServerHarness(tmp.resolve("server"), null, true);
        laptop = new Laptop(tmp.resolve("laptop"));
        device = server.enrol(laptop.officerId);
        PushResponse r = server.json(push(laptop.outbox), PushResponse.class);
        assertThat(r.results()).extracting(OpResult::status).containsOnly(OpStatus.APPLIED);
        before = state();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String state() throws Exception {
        return ServerState.of(server.server.db(), server.dataDir);
    }

    private HttpResponse<byte[]> push(List<Operation> ops) throws Exception {
        return server.send("POST", Endpoints.PUSH, device.token(),
                Wire.write(server.mapper, laptop.push(device.deviceId(), ops)));
    }

    private String key(HttpResponse<byte[]> r) throws Exception {
        return server.mapper.readValue(r.body(), ErrorBody.class).key();
    }

    private OpResult only(HttpResponse<byte[]> r) throws Exception {
        return server.json(r, PushResponse.class).results().get(0);
    }

    @Test
    void aTruncatedBodyIsRefused() throws Exception {
        byte[] body = Wire.write(server.mapper, laptop.push(device.deviceId(), laptop.outbox));
        HttpResponse<byte[]> r = server.send("POST", Endpoints.PUSH, device.token(), Arrays.copyOf(body, body.length / 2));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(key(r)).isEqualTo("server.error.json");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldIsRefused() throws Exception {
        String body = new String(Wire.write(server.mapper, laptop.push(device.deviceId(), laptop.outbox)),
                StandardCharsets.UTF_8).replaceFirst("\\{", "{\"priority\":1,");
        HttpResponse<byte[]> r = server.send("POST", Endpoints.PUSH, device.token(), body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(key(r)).isEqualTo("server.error.unknownField");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("priority");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aWrongCaseNumberIsRejected() throws Exception {
        EntityRow a = server.server.db().transaction(c -> Entities.all(c, "case")).get(0);
        // a number no court has: 青9999 is not in the court table
        String wrong = a.scope().caseNumber().replaceFirst("青[0-9]+", "青9999");
        String payload = a.payload().replace(a.scope().caseNumber(), wrong);
        assertThat(payload).isNotEqualTo(a.payload());
        Operation op = new Operation(UUID.randomUUID(), "case", a.entityId(), "upsert", a.version(), payload,
                Hashes.sha256(payload), java.time.Instant.now(), List.of());

        OpResult result = only(push(List.of(op)));

        assertThat(result.status()).isEqualTo(OpStatus.REJECTED);
        assertThat(result.reason()).isEqualTo("server.push.error.schema");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aPayloadThatIsNotItsHashIsRejected() throws Exception {
        Operation real = laptop.op("case", "upsert");
        Operation forged = new Operation(UUID.randomUUID(), real.entity(), real.entityId(), real.op(), null,
                real.payload().replaceFirst("\"", "\"x"), real.payloadSha256(), real.createdAt(), List.of());
        OpResult result = only(push(List.of(forged)));
        assertThat(result.reason()).isEqualTo("server.push.error.payloadHash");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aBasePayloadOfAnotherEntityIsRejected() throws Exception {
        List<EntityRow> cases = server.server.db().transaction(c -> Entities.all(c, "case"));
        EntityRow a = cases.get(0);
        EntityRow b = cases.get(1);
        String edited = a.payload().replaceFirst("\"cause_zh\":\"[^\"]*\"", "\"cause_zh\":\"改一\"");
        assertThat(edited).isNotEqualTo(a.payload());
        Operation first = new Operation(UUID.randomUUID(), "case", a.entityId(), "upsert", a.version(), edited,
                Hashes.sha256(edited), java.time.Instant.now(), List.of());
        assertThat(only(push(List.of(first))).status()).isEqualTo(OpStatus.APPLIED);
        String changed = state();
        // an edit on the older base that names another case's content as the content it was made on
        String again = a.payload().replaceFirst("\"cause_zh\":\"[^\"]*\"", "\"cause_zh\":\"改二\"");
        Operation forged = new Operation(UUID.randomUUID(), "case", a.entityId(), "upsert", a.version(), again,
                Hashes.sha256(again), java.time.Instant.now(), List.of(), b.payload());

        OpResult result = only(push(List.of(forged)));

        assertThat(result.status()).isEqualTo(OpStatus.REJECTED);
        assertThat(result.reason()).isEqualTo("server.push.error.entityId");
        assertThat(state()).isEqualTo(changed);
    }

    @Test
    void aReplayedOperationWithADifferentBodyIsRefused() throws Exception {
        Operation real = laptop.op("case", "upsert");
        String payload = real.payload().replace("}", ",\"x\":1}");
        Operation replay = new Operation(real.opId(), real.entity(), real.entityId(), real.op(), real.baseVersion(),
                payload, Hashes.sha256(payload), real.createdAt(), List.of());
        OpResult result = only(push(List.of(replay)));
        assertThat(result.status()).isEqualTo(OpStatus.REJECTED);
        assertThat(result.reason()).isEqualTo("server.push.error.opReused");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aRevokedDeviceIsRefused() throws Exception {
        assertThat(server.server.enrolment().revoke(device.deviceId())).isTrue();
        before = state();
        HttpResponse<byte[]> r = push(laptop.outbox);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(key(r)).isEqualTo("server.auth.error.revoked");
        HttpResponse<byte[]> pull = server.send("GET", Endpoints.PULL, device.token(), null);
        assertThat(pull.statusCode()).isEqualTo(401);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aChainThatDoesNotExtendTheServersIsRefusedWhole() throws Exception {
        // the laptop's chain cut short and rebuilt: the last event replaced by another
        var chain = new java.util.ArrayList<>(laptop.chain);
        var last = chain.remove(chain.size() - 1);
        var forged = new org.lastmile.store.audit.AuditEvent(last.seq(), UUID.randomUUID().toString(), last.at(),
                last.actor(), last.action(), last.entity(), last.entityId(), last.payloadSha256(), last.prevHash(), "");
        var entry = new org.lastmile.sync.protocol.AuditEntry(last.seq(), forged.id(), last.at(), last.actor(),
                last.action(), last.entity(), last.entityId(), last.payloadSha256(), last.prevHash(), forged.expectedHash());
        chain.add(entry);
        var request = new org.lastmile.sync.protocol.PushRequest(device.deviceId(), java.time.Instant.now(),
                new org.lastmile.sync.protocol.ChainHeadRef(entry.seq(), entry.hash()), chain, List.of());
        HttpResponse<byte[]> r = server.send("POST", Endpoints.PUSH, device.token(), Wire.write(server.mapper, request));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(key(r)).isEqualTo("server.push.error.chainBroken");
        assertThat(state()).isEqualTo(before);
    }
}
