package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.app.Launcher;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.service.CaseService;
import org.lastmile.store.KilledProcess;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.sync.Conflicts;
import org.lastmile.sync.CourtTls;
import org.lastmile.sync.HttpCourtLink;
import org.lastmile.sync.SyncClient;
import org.lastmile.sync.SyncState;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.sync.SyncViewModel;

/**
 * Issue 14's "Done when", start to end, with real processes: a fresh court server ({@code
 * lastmile server start} in its own JVM, TLS on loopback) and two fresh laptop data directories.
 * Enrol, sync the demo data up, import and assign a case at the office, sync it down (on both
 * laptops of the officer); kill the laptop's sync and then the server with SIGKILL in the middle of
 * a large upload, restart both, and the sync finishes with every record once and every file
 * verified; the same field changed at the office and in the field is in the conflict review with
 * both values; audit events cut off the laptop's chain after a sync are reported by {@code audit
 * verify}. Once on the embedded SQLite store, once on PostgreSQL.
 *
 * <p>The large file is 96 MiB in the suite, not the 1 GB: the suite runs on a shared
 * two-core machine, and what the kills test (resuming from the court's offset, chunks at their
 * 16 MiB ceiling, hashing the whole file before "verified") is the same for six chunks as for
 * sixty. {@code scripts/done-when-1gb} runs this same test with the 1 GB (the system
 * property {@value #LARGE_PROPERTY} sets the size in bytes).
 */
class DoneWhenTest {

    static final String LARGE_PROPERTY = "lastmile.doneWhen.largeBytes";
    private static final long LARGE = Long.getLong(LARGE_PROPERTY, 96L << 20);

    @TempDir
    Path tmp;

    final ObjectMapper mapper = new ObjectMapper();
    String db;
    Path court;
    int port;
    Process server;

    @Test
    void onTheEmbeddedSqliteStore() throws Exception {
        scenario(null);
    }

    @Test
    void onPostgresql() throws Exception {
        Assumptions.assumeTrue(postgresCanStart(),
                "running as root without user namespaces: PostgreSQL's initdb cannot run here");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            scenario(pg.getJdbcUrl("postgres", "postgres"));
        }
    }

    private void scenario(String url) throws Exception {
        db = url;
        court = tmp.resolve("court");
        Path field = tmp.resolve("field");
        Path second = tmp.resolve("second");
        try {
            assertThat(office("init").exit).isZero();
            port = startServer(0);

            // enrol the field laptop, sync the demo data up
            assertThat(run(field, "cases", "list").exit).isZero();
            String officer = query(field, "SELECT value FROM settings WHERE key = 'profile.officerId'");
            enrol(field, officer);
            long outbox = Long.parseLong(query(field, "SELECT count(*) FROM outbox"));
            JsonNode up = sync(field, 0);
            assertThat(up.path("pushed").asLong() + up.path("duplicates").asLong()).isEqualTo(outbox);
            assertThat(up.path("safe_to_unplug").asBoolean()).isTrue();

            // the office imports a case and assigns it to the officer; it comes down
            String number = "(2026)青2224执998号";
            UUID assigned = UUID.randomUUID();
            ObjectNode fresh = ((ArrayNode) mapper.readTree(run(field, "cases", "list", "--json").out)).get(0).deepCopy();
            fresh.put("id", assigned.toString());
            fresh.put("case_number", number);
            Path file = tmp.resolve("assign.json");
            Files.writeString(file, mapper.writeValueAsString(mapper.createArrayNode().add(fresh)));
            CliRun imported = office("cases", "import", file.toString(), "--officer", officer);
            assertThat(imported.exit).as(imported.err).isZero();
            assertThat(sync(field, 0).path("pulled").asLong()).isPositive();
            assertThat(run(field, "cases", "list").out).contains(number);

            // the officer's second laptop, fresh and empty, enrolled for the same officer
            assertThat(run(second, "cases", "list", "--no-demo").exit).isZero();
            enrol(second, officer);
            sync(second, 0);

            // a large upload: the laptop's sync killed in the middle, then the server in the middle
            String large = attachLarge(field);
            long firstCut = killSyncMidUpload(field, large, false, 0);
            // the server is killed once the court holds more than at the first cut: the second run
            // resumed there (not at 0) and was uploading when the server went
            killSyncMidUpload(field, large, true, firstCut);
            port = startServer(port);
            JsonNode done = sync(field, 0);
            assertThat(done.path("safe_to_unplug").asBoolean()).isTrue();
            assertThat(done.path("pending").asLong()).isZero();
            sync(second, 0);

            // every record once, every file verified by the court under its hash
            JsonNode records = mapper.readTree(office("records", "list", "--json").out);
            List<String> ids = new ArrayList<>();
            records.forEach(r -> ids.add(r.path("id").asText()));
            assertThat(ids).doesNotHaveDuplicates().containsAll(column(field, "SELECT id FROM records"))
                    .containsAll(column(second, "SELECT id FROM records"));
            List<String> hashes = column(field, "SELECT sha256 FROM attachments");
            assertThat(hashes).contains(large);
            try (Store store = TestStores.open(field, true)) {
                var enrolment = new SyncState(store.database()).enrolment().orElseThrow();
                HttpCourtLink link = new HttpCourtLink(CourtTls.client(enrolment.caPem(), SyncClient.CONNECT_TIMEOUT),
                        enrolment, SyncClient.REQUEST_TIMEOUT, Clock.systemUTC()); // the laptop's own timeouts
                assertThat(link.missing(hashes)).isEmpty();
            }
            assertThat(query(field, "PRAGMA integrity_check")).isEqualTo("ok");

            conflictReview(field, assigned, number, file);
            auditCutIsReported(field);

            // last, so that everything above is checked whatever comes of it: the case came down to
            // the second laptop too
            assertThat(run(second, "cases", "list").out).as("the second laptop received the assigned case")
                    .contains(number);
        } finally {
            stopServer();
        }
    }

    /**
     * The office assigns a colleague to the case while the officer, in the field, adds a mate: the
     * case's officers changed on both sides from the same base. The laptop's conflict review (the
     * sync screen's model) shows both values.
     */
    private void conflictReview(Path field, UUID caseId, String number, Path file) throws Exception {
        String colleague = UUID.randomUUID().toString();
        String mate = UUID.randomUUID().toString();
        CliRun imported = office("cases", "import", file.toString(), "--officer", colleague);
        assertThat(imported.exit).as(imported.err).isZero();
        try (Store store = TestStores.open(field, true)) {
            CaseService cases = CaseService.of(store);
            EnforcementCase c = cases.find(caseId).orElseThrow();
            List<UUID> officers = new ArrayList<>(c.officerIds());
            officers.add(UUID.fromString(mate));
            cases.save(new EnforcementCase(c.id(), c.number(), c.causeZh(), c.causeBo(), c.title(), c.obligations(),
                    c.filingDate(), c.status(), officers, c.parties(), c.progress(), c.demo()), "test-officer");
        }
        CliRun conflicted = run(field, "sync", "--json");
        assertThat(conflicted.exit).as("a conflict needs a person").isEqualTo(1);
        assertThat(mapper.readTree(conflicted.out).path("conflicts").asLong()).isPositive();
        try (Store store = TestStores.open(field, true)) {
            SyncViewModel review = new SyncViewModel(new SyncClient(store, TestStores.CLOCK),
                    new Background(Runnable::run), () -> "test-officer");
            review.load();
            assertThat(review.conflicts()).hasSize(1);
            Conflicts.Open open = review.conflicts().get(0);
            assertThat(review.entityName(open)).isEqualTo(number);
            assertThat(open.value().field()).isEqualTo("officer_ids");
            assertThat(open.value().server()).contains(colleague).doesNotContain(mate);
            assertThat(open.value().local()).contains(mate).doesNotContain(colleague);
        }
    }

    /** Cut the last events off the laptop's chain and make every head kept on the laptop agree. */
    private void auditCutIsReported(Path field) throws Exception {
        assertThat(run(field, "audit", "verify").exit).isZero();
        ChainCut.cutLastEvents(field);
        CliRun verify = run(field, "audit", "verify");
        assertThat(verify.exit).isEqualTo(1);
        assertThat(verify.err).contains("the head kept in the newest receipt from the court names event");
    }

    /** A file of the field as large as the test affords, referenced like any attachment. */
    private static String attachLarge(Path field) {
        Random random = new Random(998);
        java.io.InputStream bytes = new java.io.InputStream() {
            private long left = LARGE;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                byte[] next = new byte[n];
                random.nextBytes(next);
                System.arraycopy(next, 0, b, off, n);
                left -= n;
                return n;
            }
        };
        try (Store store = TestStores.open(field, true)) {
            return TestAttachments.add(store, bytes);
        }
    }

    /**
     * Runs {@code lastmile sync} in its own JVM and, at the first checkpoint of the large file that
     * shows more than {@code after} bytes at the court but not all, kills it (or the server, and
     * then it) with SIGKILL.
     *
     * <p>The checkpoint is read from the laptop's database every few milliseconds, not from the
     * progress lines: those come at most once a second, and a fast machine uploads the rest of the
     * file between two of them (CI: the second run printed none between its start and the end).
     * Chunks start at 1 MiB after each start and double, so each run passes several checkpoints
     * short of the whole file.
     *
     * @return the bytes the court had confirmed at that checkpoint
     */
    private long killSyncMidUpload(Path laptop, String sha256, boolean serverFirst, long after) throws Exception {
        Process sync = new ProcessBuilder(KilledProcess.java(Launcher.class, "sync", "--data-dir", laptop.toString(),
                "--lang", "en")).redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(sync.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException killed) {
                return "";
            }
        });
        long cut = -1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + laptop.resolve("lastmile.db"));
                PreparedStatement s = c.prepareStatement(
                        "SELECT upload_offset, size FROM sync_blobs WHERE sha256 = ?")) {
            s.setString(1, sha256);
            while (cut < 0 && sync.isAlive()) {
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getLong(1) > after && r.getLong(1) < r.getLong(2)) {
                        cut = r.getLong(1);
                    }
                }
                if (cut < 0) {
                    Thread.sleep(2);
                }
            }
        }
        if (cut > 0) {
            if (serverFirst) {
                stopServer();
            }
            sync.destroyForcibly();
        }
        sync.waitFor(60, TimeUnit.SECONDS);
        assertThat(cut).as("the upload was under way when the kill came; the sync printed:%n%s",
                output.get(60, TimeUnit.SECONDS)).isPositive();
        return cut;
    }

    private int startServer(int wanted) throws Exception {
        List<String> args = new ArrayList<>(List.of("server", "start", "--data-dir", court.toString(), "--port",
                String.valueOf(wanted)));
        if (db != null) {
            args.addAll(List.of("--db", db));
        }
        server = new ProcessBuilder(KilledProcess.java(Launcher.class, args.toArray(String[]::new)))
                .redirectErrorStream(true).start();
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Process started = server;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Matcher m = Pattern.compile("listening on https://[^:]+:(\\d+)").matcher(line);
                    if (m.find()) {
                        listening.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (java.io.IOException closed) {
                // the server was killed
            }
            listening.completeExceptionally(new AssertionError("the server stopped before it listened"));
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
        return listening.get(120, TimeUnit.SECONDS);
    }

    private void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroyForcibly(); // SIGKILL: no shutdown hook, nothing flushed
            server.waitFor(30, TimeUnit.SECONDS);
            server = null;
        }
    }

    private void enrol(Path laptop, String officer) throws Exception {
        CliRun code = office("enrol", "--officer", officer);
        assertThat(code.exit).as(code.err).isZero();
        CliRun enrolled = run(laptop, "sync", "enrol", "--server", "https://localhost:" + port, "--code",
                code.out.strip(), "--ca", court.resolve("ca.pem").toString());
        assertThat(enrolled.exit).as(enrolled.err).isZero();
    }

    private JsonNode sync(Path laptop, int exit) throws Exception {
        CliRun r = run(laptop, "sync", "--json");
        assertThat(r.exit).as(r.err).isEqualTo(exit);
        return mapper.readTree(r.out);
    }

    private CliRun office(String... args) {
        List<String> all = new ArrayList<>(List.of("server"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data-dir", court.toString(), "--lang", "en"));
        if (db != null) {
            all.addAll(List.of("--db", db));
        }
        return CliRun.run(all.toArray(String[]::new));
    }

    private static CliRun run(Path laptop, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", laptop.toString(), "--lang", "en"));
        return CliRun.run(all.toArray(String[]::new));
    }

    private static String query(Path laptop, String sql) throws Exception {
        List<String> values = column(laptop, sql);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> column(Path laptop, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + laptop.resolve("lastmile.db"));
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static boolean postgresCanStart() throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return true;
        }
        Process p = new ProcessBuilder("unshare", "-U", "true").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
