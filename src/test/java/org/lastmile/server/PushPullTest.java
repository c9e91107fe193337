package org.lastmile.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.sync.protocol.EnrolAnswer;
import org.lastmile.sync.protocol.Endpoints;
import org.lastmile.sync.protocol.OpResult;
import org.lastmile.sync.protocol.OpStatus;
import org.lastmile.sync.protocol.PullResponse;
import org.lastmile.sync.protocol.PushResponse;
import org.lastmile.sync.protocol.ReceiptSignature;
import org.lastmile.sync.protocol.Wire;

/** The laptop's real outbox pushed to a real server over TLS, and pulled back by a second laptop. */
class PushPullTest {

    @TempDir
    Path tmp;
    ServerHarness server;
    Laptop laptop;

    @BeforeEach
    void start() throws Exception {
        server = new ServerHarness(tmp.resolve("server"), null, true);
        laptop = new Laptop(tmp.resolve("laptop"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PushResponse push(EnrolAnswer device) throws Exception {
        return server.json(server.send("POST", Endpoints.PUSH, device.token(),
                Wire.write(server.mapper, laptop.push(device.deviceId(), laptop.outbox))), PushResponse.class);
    }

    @Test
    void everyOutboxOperationIsAppliedOnceAndTheReceiptIsSignedForTheLaptopsHead() throws Exception {
        EnrolAnswer device = server.enrol(laptop.officerId);
        PushResponse first = push(device);

        assertThat(first.results()).hasSize(laptop.outbox.size());
        assertThat(first.results()).extracting(OpResult::status).containsOnly(OpStatus.APPLIED);
        assertThat(first.results()).extracting(OpResult::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(first.receipt().chainHead()).isEqualTo(laptop.head());
        assertThat(ReceiptSignature.valid(first.receipt(), device.receiptKey())).isTrue();
        // the demo laptop's clock stands on 2026-11-26 (TestStores.CLOCK): days off the server's
        assertThat(first.clockSkewFlagged()).isTrue();

        PushResponse again = push(device);
        assertThat(again.results()).isEqualTo(first.results());
        assertThat(server.server.records().list()).hasSize(
                (int) laptop.outbox.stream().filter(o -> o.entity().equals("record")).map(o -> o.entityId()).distinct().count());
    }

    @Test
    void aSecondLaptopOfTheSameOfficerPullsTheCasesAndRecordsTheFirstPushed() throws Exception {
        EnrolAnswer first = server.enrol(laptop.officerId);
        push(first);
        EnrolAnswer second = server.enrol(laptop.officerId);

        HttpResponse<byte[]> r = server.send("GET", Endpoints.PULL + "?after=0&limit=1000", second.token(), null);
        PullResponse page = server.json(r, PullResponse.class);

        assertThat(page.more()).isFalse();
        List<String> pulled = page.changes().stream().map(c -> c.entityId()).toList();
        assertThat(pulled).contains(laptop.op("case", "upsert").entityId());
        // the first laptop already holds exactly what it sent: nothing comes back to it
        PullResponse own = server.json(server.send("GET", Endpoints.PULL + "?after=0", first.token(), null),
                PullResponse.class);
        assertThat(own.changes()).isEmpty();
        assertThat(own.nextCursor()).isEqualTo(page.nextCursor());
    }
}
