package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.server.CourtServer;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.sync.CourtFault;
import org.lastmile.sync.CourtLink;
import org.lastmile.sync.CourtLinkDelegate;
import org.lastmile.sync.CourtTls;
import org.lastmile.sync.Enrolment;
import org.lastmile.sync.HttpCourtLink;
import org.lastmile.sync.RetryPolicy;
import org.lastmile.sync.SyncClient;
import org.lastmile.sync.SyncEngine;
import org.lastmile.sync.SyncState;
import org.lastmile.sync.SyncSummary;

/**
 * Issue 14: a second laptop of the officer receives a record made on the first one and, after it,
 * the photo the record names, byte for byte, from the real court over loopback TLS: whole, after a
 * cut in the middle of the download (continued from where it broke, not started over), after a
 * byte flipped on the way (TLS refuses the record, the download continues) and after a byte
 * spoiled below the link (the whole-file hash refuses it: discarded, fetched again). A device whose
 * officer may not see the record, or a range that is not one, is refused with a key.
 */
class AttachmentDownloadTest {

    private static final String CASE_NUMBER = "(2026)青2224执801号";

    @TempDir
    Path tmp;
    CourtServer server;
    int port;
    String officer;
    byte[] photo;
    String sha;
    UUID recordId;

    @BeforeEach
    void aRecordWithAPhotoGoesUpFromTheFirstLaptop(org.junit.jupiter.api.TestInfo test) throws Exception {
        if (!test.getTestMethod().orElseThrow().getName().endsWith("OnPostgresql")) {
            court(null);
        }
    }

    /** A fresh court on SQLite ({@code null}) or PostgreSQL; the first laptop sends a record and its photo. */
    private void court(String dbUrl) throws Exception {
        Path court = tmp.resolve("court");
        CourtServer.init(court, dbUrl);
        server = CourtServer.open(court, dbUrl, Clock.systemUTC());
        port = server.start("127.0.0.1", 0, Messages.of(Language.ENGLISH));
        officer = UUID.randomUUID().toString();
        UUID caseId = assign(court);
        photo = new byte[(6 << 20) + 17]; // several MiB: a cut falls inside its body
        new Random(14).nextBytes(photo);
        try (Store first = laptop("first")) {
            enrol(first, null);
            assertThat(sync(first, link(first)).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            sha = TestAttachments.add(first, photo);
            SiteRecord r = SiteRecord.start(caseId, RecordType.ENFORCEMENT, SpokenLanguage.TIBETAN,
                    TestStores.CLOCK.instant(), Place.named("ས་ཐོག")).edit()
                    .attachments(List.of(new AttachmentRef(sha, AttachmentKind.PHOTO, "交付现场.jpg", photo.length,
                            "image/jpeg", null, null, null, false, null))).build();
            recordId = r.id();
            first.records().saveDraft(r, officer);
            SyncSummary up = sync(first, link(first));
            assertThat(up.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(up.safeToUnplug()).isTrue();
        }
        assertThat(sha).isEqualTo(sha256(photo)); // the name is the JDK's SHA-256 of the bytes
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theSecondLaptopReceivesThePhotoFromACourtOnPostgresql() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.lastmile.server.EmbeddedPostgresCheck.canStart(),
                org.lastmile.server.EmbeddedPostgresCheck.WHY_NOT);
        try (var pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start()) {
            court(pg.getJdbcUrl("postgres", "postgres"));
            try (Store second = laptop("second"); Store stranger = laptop("stranger")) {
                enrol(second, null);
                SyncSummary down = sync(second, link(second));
                assertThat(down.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
                assertThat(down.downloaded()).isEqualTo(1);
                assertThat(Files.readAllBytes(second.blobs().path(sha))).isEqualTo(photo);
                String other = UUID.randomUUID().toString();
                new SyncClient(stranger, Clock.systemUTC()).enrol("https://localhost:" + port,
                        server.enrolment().newCode(other, null), tmp.resolve("court").resolve("ca.pem"), "stranger");
                HttpResponse<String> answer = get(stranger, sha, null);
                assertThat(answer.statusCode()).isEqualTo(404);
                assertThat(key(answer)).isEqualTo("server.download.error.notFound");
            } finally {
                server.close();
                server = null;
            }
        }
    }

    @Test
    void theSecondLaptopReceivesTheRecordAndItsPhotoByteForByte() throws Exception {
        try (Store second = laptop("second")) {
            enrol(second, null);
            SyncSummary down = sync(second, link(second));
            assertThat(down.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(second.records().find(recordId)).as("the record").isPresent();
            assertThat(down.downloaded()).isEqualTo(1);
            assertThat(down.downloadsPending()).isZero();
            assertThat(Files.readAllBytes(second.blobs().path(sha))).isEqualTo(photo);
            assertThat(Files.exists(second.blobs().partial(sha))).as("no partial file left").isFalse();
            // what the record screen asks (AttachmentsViewModel.held): the photo is here, not "still to come"
            assertThat(screenHolds(second)).as("the record screen's photo").isTrue();
            SyncSummary again = sync(second, link(second));
            assertThat(again.downloaded()).as("nothing fetched twice").isZero();
        }
    }

    @Test
    void aDownloadCutInTheMiddleContinuesFromWhereItBroke() throws Exception {
        try (Store second = laptop("second")) {
            enrol(second, null);
            // the first connection carries the pull and then the photo: cut after 3 MB came down
            try (FaultyProxy proxy = new FaultyProxy(port, List.of(FaultyProxy.Fault.cutDown(3_000_000)))) {
                Recording link = new Recording(viaProxy(second, proxy), false);
                SyncSummary down = syncUntilSettled(second, link);
                assertThat(proxy.spoiled.get()).as("the cut happened").isEqualTo(1);
                assertThat(down.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
                assertThat(Files.readAllBytes(second.blobs().path(sha))).isEqualTo(photo);
                assertThat(link.offsets).as("asked from 0, then from where the cut left it").hasSize(2);
                assertThat(link.offsets.get(0)).isZero();
                assertThat(link.offsets.get(1)).as("continued, not started over").isBetween(1_000_000L, 3_000_000L);
            }
        }
    }

    @Test
    void aByteFlippedOnTheWayIsCaughtAndTheFileFetchedAgain() throws Exception {
        try (Store second = laptop("second")) {
            enrol(second, null);
            // on the link (FaultyProxy, downstream): TLS refuses the spoiled record, the download continues
            try (FaultyProxy proxy = new FaultyProxy(port, List.of(FaultyProxy.Fault.flipDown(2_500_000)))) {
                SyncSummary down = syncUntilSettled(second, new Recording(viaProxy(second, proxy), false));
                assertThat(proxy.spoiled.get()).isEqualTo(1);
                assertThat(down.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
                assertThat(Files.readAllBytes(second.blobs().path(sha))).isEqualTo(photo);
            }
        }
        try (Store third = laptop("third")) {
            enrol(third, null);
            // below the link (a byte spoiled after it arrived): the whole-file hash refuses it
            Recording link = new Recording(link(third), true);
            SyncSummary down = sync(third, link);
            assertThat(down.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(link.offsets).as("fetched whole, refused, fetched whole again").containsExactly(0L, 0L);
            assertThat(Files.readAllBytes(third.blobs().path(sha))).isEqualTo(photo);
        }
    }

    @Test
    void aFileThatNeverHashesIsNeverShownAndWaitsForAPerson() throws Exception {
        Path onCourt = tmp.resolve("court").resolve("blobs").resolve(sha);
        byte[] rotten = photo.clone();
        rotten[4242] ^= 0x01;
        Files.write(onCourt, rotten); // the court's own copy went bad on its disk
        try (Store second = laptop("second")) {
            enrol(second, null);
            Recording link = new Recording(link(second), false);
            SyncSummary down = sync(second, link);
            assertThat(down.outcome()).isEqualTo(SyncSummary.Outcome.NEEDS_PERSON);
            assertThat(link.offsets).as("three whole tries").containsExactly(0L, 0L, 0L);
            assertThat(second.blobs().exists(sha)).as("never in the blob store").isFalse();
            assertThat(second.records().find(recordId)).as("the record came down").isPresent();
            assertThat(screenHolds(second)).as("the screen says the photo is still to come").isFalse();
            assertThat(Files.exists(second.blobs().partial(sha))).as("the bad bytes discarded").isFalse();
            assertThat(down.downloadsPending()).isEqualTo(1);
            assertThat(down.safeToUnplug()).as("about uploads: nothing of this laptop is missing").isTrue();
        }
    }

    @Test
    void aDeviceOfAnotherCourtOrAnotherOfficerIsToldThereIsNoSuchFile() throws Exception {
        try (Store elsewhere = laptop("elsewhere"); Store stranger = laptop("stranger"); Store mine = laptop("mine")) {
            enrol(mine, null);
            assertThat(get(mine, sha, null).statusCode()).as("the officer's own device").isEqualTo(200);
            String other = UUID.randomUUID().toString();
            stranger.settings().put("profile.officerId", other, other);
            new SyncClient(stranger, Clock.systemUTC()).enrol("https://localhost:" + port,
                    server.enrolment().newCode(other, null), tmp.resolve("court").resolve("ca.pem"), "stranger");
            // the office names another court for the officer (the case is of 青2224): his devices see none of it
            enrol(elsewhere, "青0102");
            String absent = sha256(new byte[] {1, 2, 3});
            for (Store s : List.of(elsewhere, stranger)) {
                HttpResponse<String> answer = get(s, sha, null);
                assertThat(answer.statusCode()).isEqualTo(404);
                assertThat(key(answer)).isEqualTo("server.download.error.notFound");
                // the same answer as for a file the court does not hold at all: nothing leaks
                HttpResponse<String> none = get(s, absent, null);
                assertThat(none.statusCode()).isEqualTo(404);
                assertThat(key(none)).isEqualTo("server.download.error.notFound");
            }
            assertThat(sync(elsewhere, link(elsewhere)).downloaded()).as("nothing comes down there").isZero();
            assertThat(elsewhere.blobs().exists(sha)).isFalse();
        }
    }

    @Test
    void aRangeThatIsNotOneIsRefusedWithAKeyAndARightOneGivesThoseBytes() throws Exception {
        try (Store mine = laptop("mine")) {
            enrol(mine, null);
            for (String bad : List.of("bytes=", "bytes=12", "bytes=abc-", "items=0-", "bytes=10-5",
                    "bytes=" + photo.length + "-", "bytes=-100")) {
                HttpResponse<String> answer = get(mine, sha, bad);
                assertThat(answer.statusCode()).as(bad).isEqualTo(400);
                assertThat(key(answer)).as(bad).isEqualTo("server.download.error.range");
            }
            HttpResponse<byte[]> part = getBytes(mine, sha, "bytes=100-");
            assertThat(part.statusCode()).isEqualTo(206);
            assertThat(part.headers().firstValue("Content-Range")).hasValue(
                    "bytes 100-" + (photo.length - 1) + "/" + photo.length);
            assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(photo, 100, photo.length));
            HttpResponse<byte[]> middle = getBytes(mine, sha, "bytes=5-9");
            assertThat(middle.body()).isEqualTo(java.util.Arrays.copyOfRange(photo, 5, 10));
        }
    }

    /** Records the offset of each download asked; optionally spoils one byte of the first whole download. */
    private static final class Recording extends CourtLinkDelegate {
        final List<Long> offsets = java.util.Collections.synchronizedList(new ArrayList<>());
        private final boolean spoilFirst;
        private final AtomicInteger calls = new AtomicInteger();

        Recording(CourtLink inner, boolean spoilFirst) {
            super(inner);
            this.spoilFirst = spoilFirst;
        }

        @Override
        public long download(String sha256, long offset, Path part, java.util.function.LongConsumer progress)
                throws CourtFault {
            offsets.add(offset);
            long total = super.download(sha256, offset, part, progress);
            if (spoilFirst && calls.getAndIncrement() == 0) {
                try (var f = new java.io.RandomAccessFile(part.toFile(), "rw")) {
                    f.seek(777);
                    int b = f.read();
                    f.seek(777);
                    f.write(b ^ 0x20);
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            }
            return total;
        }
    }

    /** Whether the record screen finds the pulled record's photo on this laptop (the service it asks). */
    private boolean screenHolds(Store laptop) {
        AttachmentRef ref = laptop.records().find(recordId).orElseThrow().record().attachments().get(0);
        assertThat(ref.sha256()).isEqualTo(sha);
        return new org.lastmile.service.AttachmentService(laptop.attachments(
                org.lastmile.store.attachments.AttachmentLimits.DEFAULT)).held(ref);
    }

    private UUID assign(Path court) throws Exception {
        UUID id = UUID.randomUUID();
        ObjectMapper mapper = new ObjectMapper();
        var entry = mapper.createObjectNode();
        entry.put("id", id.toString());
        entry.put("case_number", CASE_NUMBER);
        entry.put("title", "（2026）青28民初12号");
        entry.put("cause_zh", "草场承包经营权纠纷");
        entry.put("status", "filed");
        entry.put("filing_date", "2026-03-02");
        Path file = court.resolve("assign.json");
        Files.writeString(file, mapper.writeValueAsString(mapper.createArrayNode().add(entry)));
        assertThat(server.caseImport().importFile(file, officer)).isEqualTo(1);
        return id;
    }

    private Store laptop(String name) {
        Store s = TestStores.open(tmp.resolve(name), false);
        s.settings().put("profile.officerId", officer, officer);
        return s;
    }

    /**
     * The links' connect and request timeouts: a hang's bound (a TLS handshake or a court's fsync on
     * a loaded two-core machine took seconds), not a wait; 5 s of connect was within its reach.
     */
    private static final Duration BOUND = Duration.ofSeconds(60);

    private void enrol(Store store, String court) throws Exception {
        new SyncClient(store, Clock.systemUTC()).enrol("https://localhost:" + port,
                server.enrolment().newCode(officer, court), tmp.resolve("court").resolve("ca.pem"), "laptop");
    }

    private CourtLink link(Store store) {
        Enrolment e = new SyncState(store.database()).enrolment().orElseThrow();
        return new HttpCourtLink(CourtTls.client(e.caPem(), BOUND), e, BOUND,
                Clock.systemUTC());
    }

    private static CourtLink viaProxy(Store store, FaultyProxy proxy) {
        Enrolment real = new SyncState(store.database()).enrolment().orElseThrow();
        Enrolment via = new Enrolment(URI.create("https://localhost:" + proxy.port()), real.deviceId(),
                real.credential(), real.caPem(), real.officerId(), real.courtCode(), real.receiptKey());
        return new HttpCourtLink(CourtTls.client(real.caPem(), BOUND), via, BOUND,
                Clock.systemUTC());
    }

    private static SyncSummary sync(Store store, CourtLink link) {
        return SyncEngine.of(store, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run,
                SyncEngine.Limits.standard()).run(link);
    }

    /** A run stopped by the network is resumed by the next, as the officer's next "Sync now" would. */
    private static SyncSummary syncUntilSettled(Store store, CourtLink link) {
        SyncSummary s = sync(store, link);
        for (int again = 0; again < 3 && s.outcome() == SyncSummary.Outcome.STOPPED; again++) {
            s = sync(store, link);
        }
        return s;
    }

    private HttpResponse<String> get(Store store, String hash, String range) throws Exception {
        return CourtTls.client(new SyncState(store.database()).enrolment().orElseThrow().caPem(), BOUND)
                .send(request(store, hash, range), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(Store store, String hash, String range) throws Exception {
        return CourtTls.client(new SyncState(store.database()).enrolment().orElseThrow().caPem(), BOUND)
                .send(request(store, hash, range), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(Store store, String hash, String range) {
        Enrolment e = new SyncState(store.database()).enrolment().orElseThrow();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("https://localhost:" + port
                + "/api/v1/attachments/" + hash + "/content")).header("Authorization", "Bearer " + e.credential());
        if (range != null) {
            b.header("Range", range);
        }
        return b.GET().build();
    }

    private static String key(HttpResponse<String> answer) throws Exception {
        return new ObjectMapper().readTree(answer.body()).path("key").asText();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
