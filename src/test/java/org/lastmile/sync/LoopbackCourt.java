package org.lastmile.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.server.CourtServer;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * A real court server in this JVM on a loopback port over TLS with the CA {@code server init}
 * made, and laptops (real SQLite data directories) that enrol with a one-time code and sync
 * through {@link SyncClient} over real HTTPS, as the command line does. The one set-up of the
 * loopback-court tests of every package: {@code server init} in a directory, the server open and
 * listening on 127.0.0.1 on a free port, laptops enrolled, links and syncs to it.
 */
public final class LoopbackCourt implements AutoCloseable {

    final Path dir;
    final CourtServer server;
    final int port;
    private final ObjectMapper mapper = new ObjectMapper();

    /** {@code server init} in {@code dir}, then the court started on a free loopback port. */
    public LoopbackCourt(Path dir) {
        this(dir, true);
    }

    private LoopbackCourt(Path dir, boolean init) {
        this(dir, init, null);
    }

    /** A new court whose store is the PostgreSQL database at {@code dbUrl} ({@code null}: SQLite in {@code dir}). */
    LoopbackCourt(Path dir, String dbUrl) {
        this(dir, true, dbUrl);
    }

    private LoopbackCourt(Path dir, boolean init, String dbUrl) {
        this.dir = dir;
        if (init) {
            CourtServer.init(dir, dbUrl);
        }
        this.server = CourtServer.open(dir, dbUrl, Clock.systemUTC());
        this.port = server.start("127.0.0.1", 0, Messages.of(Language.ENGLISH));
    }

    /** The court of a data directory made earlier (a closed court, or a copy of one), on a new port. */
    static LoopbackCourt reopen(Path dir) {
        return new LoopbackCourt(dir, false);
    }

    /** A link of an enrolled laptop to this court, whatever port its enrolment names. */
    CourtLink link(Store store) {
        Enrolment e = new SyncState(store.database()).enrolment().orElseThrow();
        Enrolment here = new Enrolment(java.net.URI.create(url()), e.deviceId(), e.credential(), e.caPem(),
                e.officerId(), e.courtCode(), e.receiptKey());
        return new HttpCourtLink(CourtTls.client(here.caPem(), SyncClient.CONNECT_TIMEOUT), here,
                SyncClient.REQUEST_TIMEOUT, Clock.systemUTC());
    }

    public String url() {
        return "https://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public CourtServer server() {
        return server;
    }

    /** The court's CA certificate, which a laptop's enrolment is given ({@code --ca}). */
    public Path ca() {
        return dir.resolve("ca.pem");
    }

    /**
     * A laptop: a real SQLite data directory without the demo data, whose officer (a new id) is
     * enrolled here. The caller closes it.
     */
    Store enrolledLaptop(Path dataDir) throws Exception {
        Store store = TestStores.open(dataDir, false);
        try {
            String officer = UUID.randomUUID().toString();
            store.settings().put("profile.officerId", officer, officer);
            enrol(store, officer);
            return store;
        } catch (Exception | Error e) {
            store.close();
            throw e;
        }
    }

    /** The officer a laptop's profile names. */
    static String officer(Store laptop) {
        return laptop.settings().get("profile.officerId").orElseThrow();
    }

    /**
     * A sync of an enrolled laptop by the engine on this thread, whose retries never wait: each
     * back-off is only told to {@code backOff} (a test's fault can end there), up to 8 attempts.
     */
    SyncSummary syncWithoutWaiting(Store laptop, Sleeper backOff) {
        return SyncEngine.of(laptop, new RetryPolicy(Duration.ZERO, Duration.ZERO, 8, Duration.ofMinutes(5), () -> 0.0),
                backOff, Runnable::run, SyncEngine.Limits.standard()).run(link(laptop));
    }

    /** Enrols an opened store as a device of the officer. */
    public void enrol(Store store, String officerId) throws Exception {
        enrol(store, officerId, null);
    }

    /** Enrols an opened store as a device of the officer, whose court the office names ({@code --court}). */
    void enrol(Store store, String officerId, String courtCode) throws Exception {
        String code = server.enrolment().newCode(officerId, courtCode);
        new SyncClient(store, Clock.systemUTC()).enrol(url(), code, dir.resolve("ca.pem"), "laptop-" + UUID.randomUUID());
    }

    static SyncSummary sync(Store store) {
        return sync(store, Clock.systemUTC());
    }

    /** A sync by a laptop whose clock is the given one. */
    static SyncSummary sync(Store store, Clock clock) {
        return new SyncClient(store, clock).run(() -> { });
    }

    /** {@code server cases import}: a new case with this number, assigned to the officer; its id. */
    public UUID assign(String officerId, String caseNumber, String causeZh) throws Exception {
        return assign(officerId, caseNumber, causeZh, UUID.randomUUID());
    }

    UUID assign(String officerId, String caseNumber, String causeZh, UUID id) throws Exception {
        var entry = mapper.createObjectNode();
        entry.put("id", id.toString());
        entry.put("case_number", caseNumber);
        entry.put("title", "（2026）青28民初12号");
        entry.put("cause_zh", causeZh);
        entry.put("status", "filed");
        entry.put("filing_date", "2026-03-02");
        return importCases(officerId, mapper.createArrayNode().add(entry)) == 1 ? id : null;
    }

    int importCases(String officerId, ArrayNode list) throws Exception {
        Path file = Files.createTempFile(dir, "assign", ".json");
        Files.writeString(file, mapper.writeValueAsString(list));
        return server.caseImport().importFile(file, officerId);
    }

    /** An office clerk's edit of the court's current content of a case (there is no office command for it yet). */
    void officeEdit(UUID caseId, java.util.function.UnaryOperator<org.lastmile.domain.cases.EnforcementCase> change) {
        var codec = new org.lastmile.store.json.CaseCodec(new org.lastmile.store.json.CanonicalJson(),
                org.lastmile.domain.court.CourtTable.shipped());
        server.db().transaction(c -> {
            long sequence = org.lastmile.server.store.Sequencer.next(c);
            var row = org.lastmile.server.store.Entities.find(c, "case", caseId.toString()).orElseThrow();
            String payload = codec.write(change.apply(codec.read(row.payload())));
            org.lastmile.server.store.Entities.write(c, sequence, new org.lastmile.server.store.EntityRow("case",
                    caseId.toString(), row.version() + 1, payload, org.lastmile.store.Hashes.sha256(payload), false,
                    false, row.scope()), "upsert", null, false, java.time.Instant.now());
            return null;
        });
    }

    /**
     * An office clerk deletes a draft record or a case on the court (a tombstone, as the court's
     * own delete writes it: {@code op delete}, no payload, the next version; no office command
     * exists for it yet).
     *
     * @return false when the entity is absent, sealed or deleted already (nothing written)
     */
    boolean officeDelete(String entity, String id) {
        return server.db().transaction(c -> {
            var found = org.lastmile.server.store.Entities.find(c, entity, id);
            if (found.isEmpty() || found.get().sealed() || found.get().deleted()) {
                return false;
            }
            long sequence = org.lastmile.server.store.Sequencer.next(c);
            var row = found.get();
            org.lastmile.server.store.Entities.write(c, sequence, new org.lastmile.server.store.EntityRow(entity, id,
                    row.version() + 1, null, null, false, true, row.scope()), "delete", null, false,
                    java.time.Instant.now());
            return true;
        });
    }

    @Override
    public void close() {
        server.close();
    }
}
