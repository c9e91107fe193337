package org.lastmile.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.RecordFixtures;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.rules.RuleTable;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.server.CourtServer;
import org.lastmile.server.tls.CourtKeys;
import org.lastmile.service.RecordService;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.open.Store;
import org.lastmile.store.outbox.Origin;
import org.lastmile.sync.CourtTls;
import org.lastmile.sync.Enrolment;
import org.lastmile.sync.HttpCourtLink;
import org.lastmile.sync.RetryPolicy;
import org.lastmile.sync.SyncEngine;
import org.lastmile.sync.SyncState;
import org.lastmile.sync.SyncClient;
import org.lastmile.sync.SyncSummary;

/**
 * The sync budgets of issue 14, measured end to end on loopback (scripts/bench-sync):
 * <ul>
 * <li>{@code week SCALE [ROUNDS]}: a week in the field (500 records, 2,000 photos of ~512 KiB, 20,000
 * GNSS fixes as field-import GeoJSON files; all scaled by SCALE) uploaded by the real sync to a fresh
 * real court server over TLS, ROUNDS times (default 3), each round after a plain HTTPS copy of the
 * same files (one PUT each, written to disk) to a trivial server on the same Jetty TLS connector;
 * every file is read once before anything is timed, and the verdict compares the medians.</li>
 * <li>{@code push COUNT}: COUNT small records (drafts) pushed in one sync.</li>
 * <li>{@code push-warm COUNT ROUNDS}: that push ROUNDS times in this JVM; the rounds after the
 * first are the warm cost, as on a court server that has run all day.</li>
 * </ul>
 * The court server runs in this JVM (as the tests run it); the client talks to it only over TLS.
 */
public final class SyncBench {

    private static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");
    private static final String ACTOR = "bench";
    /** Files the sync keeps in flight ({@code Uploader.IN_FLIGHT}); the wide plain copy does the same. */
    private static final int IN_FLIGHT = 8;

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "week";
        Path work = Files.createTempDirectory("lastmile-bench-sync");
        try {
            if ("push".equals(what)) {
                push(work, args.length > 1 ? Integer.parseInt(args[1]) : 10_000, null);
            } else if ("push-batches".equals(what)) {
                // the same push with the old batches (200 operations, 1 MiB) and today's, in the order
                // old, new, new, old, old, new (each run warms the JIT for the next: neither side always
                // comes second)
                int count = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
                SyncEngine.Limits old = new SyncEngine.Limits(200, 1 << 20, 500);
                SyncEngine.Limits now = SyncEngine.Limits.standard();
                int round = 0;
                for (SyncEngine.Limits limits : List.of(old, now, now, old, old, now)) {
                    round++;
                    System.out.printf("run %d, batches of at most %d operations:%n", round, limits.batchCount());
                    push(work.resolve(round + "-" + limits.batchCount()), count, limits);
                }
            } else if ("push-warm".equals(what)) {
                // the same push ROUNDS times in one JVM, as the court server runs all day: the first
                // round pays the JIT, the later ones are the warm cost per record
                int count = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
                int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
                for (int round = 1; round <= rounds; round++) {
                    System.out.printf("run %d of %d:%n", round, rounds);
                    push(work.resolve("warm-" + round), count, SyncEngine.Limits.standard());
                }
            } else {
                week(work, args.length > 1 ? Double.parseDouble(args[1]) : 1.0, args.length > 2 ? Integer.parseInt(args[2]) : 3);
            }
        } finally {
            delete(work);
        }
    }

    private static void week(Path work, double scale, int rounds) throws Exception {
        int records = (int) Math.round(500 * scale);
        int photos = (int) Math.round(2000 * scale);
        int fixes = (int) Math.round(20_000 * scale);
        Path filled = work.resolve("laptop");
        List<Path> files = new ArrayList<>();
        long bytes;
        try (Store laptop = laptop(filled)) {
            bytes = fill(laptop, records, photos, fixes, files);
        }
        System.out.printf("week in the field x%.3f: %d records, %d photos, %d GNSS fixes in %d files, %.1f MB of files;"
                + " %d rounds%n", scale, records, photos, fixes, files.size() - photos, bytes / 1e6, rounds);
        // Every file read once before anything is timed: the first copy used to fill the page cache for
        // everything after it (10.6 s against 6.0 s for the same copy in one quiet run). The sync's
        // laptops are hard-linked copies of this one, so they read the same cached pages.
        warm(files);
        Path copyCourt = work.resolve("copy-court");
        CourtServer.init(copyCourt, null);
        List<Double> copies = new ArrayList<>();
        List<Double> syncs = new ArrayList<>();
        List<Double> syncCpu = new ArrayList<>();
        try (CourtServer keys = CourtServer.open(copyCourt, null, Clock.systemUTC())) {
            Path ca = copyCourt.resolve(CourtKeys.CA);
            // warm-up: the copy's TLS and HTTP paths compiled before they are timed
            plainCopy(keys, ca, work.resolve("warm"), files.subList(0, Math.min(files.size(), 50)), 1);
            // copy and sync alternate, so a load that drifts during the run falls on both alike
            for (int round = 1; round <= rounds; round++) {
                double copy = plainCopy(keys, ca, work.resolve("plain-" + round), files, 1);
                System.out.printf("  round %d: plain HTTPS copy, one file at a time: %.2f s, %.1f MB/s%n", round, copy,
                        bytes / 1e6 / copy);
                copies.add(copy);
                double[] sync = syncRound(work.resolve("round-" + round), filled, files);
                System.out.printf("  round %d: lastmile sync (records and files): %.2f s, %.1f MB/s of files, %.2f s of CPU%n",
                        round, sync[0], bytes / 1e6 / sync[0], sync[1]);
                syncs.add(sync[0]);
                syncCpu.add(sync[1]);
            }
            double wide = plainCopy(keys, ca, work.resolve("wide"), files, IN_FLIGHT);
            System.out.printf("  plain HTTPS copy, %d files at a time (as the sync sends them), once: %.2f s%n",
                    IN_FLIGHT, wide);
            double copy = median(copies);
            double sync = median(syncs);
            System.out.printf("  RESULT sync throughput = %.0f %% of the plain copy one at a time (median of %d copies"
                    + " %.2f s, median of %d syncs %.2f s, %.2f s of CPU; budget >= 70 %%); %.0f %% of the plain copy"
                    + " %d at a time%n", 100 * copy / sync, rounds, copy, rounds, sync, median(syncCpu),
                    100 * wide / sync, IN_FLIGHT);
        }
    }

    /**
     * One sync of the filled laptop to a fresh court: the laptop is a copy whose files are hard links
     * (the blobs never change, and the copy reads the same cached pages).
     *
     * @return wall seconds, CPU seconds of the process during the sync
     */
    private static double[] syncRound(Path round, Path filled, List<Path> files) throws Exception {
        Path copy = round.resolve("laptop");
        java.util.Set<Path> linked = new java.util.HashSet<>(files);
        try (var walk = Files.walk(filled)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = copy.resolve(filled.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (linked.contains(p)) {
                    Files.createLink(to, p);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path court = round.resolve("court");
        CourtServer.init(court, null);
        try (CourtServer server = CourtServer.open(court, null, Clock.systemUTC());
                Store laptop = laptop(copy)) {
            int port = server.start("127.0.0.1", 0, Messages.of(Language.ENGLISH));
            SyncClient client = enrolled(laptop, server, port, court);
            ThreadCpu threads = ThreadCpu.start();
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            SyncSummary summary = client.run(() -> { });
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpu() - cpu0) / 1e9;
            System.out.printf("    %s%n    CPU by thread: %s%n", summary, threads.stop());
            if (!summary.safeToUnplug()) {
                throw new IllegalStateException("the sync did not finish: " + summary);
            }
            return new double[] {wall, cpu};
        } finally {
            delete(round);
        }
    }

    private static void warm(List<Path> files) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                while (in.read(buffer) >= 0) {
                    // only the page cache is wanted
                }
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * CPU seconds of this JVM's threads during a sync, grouped by what they do: the laptop's upload
     * threads and HTTP client, the court's Jetty threads, the compiler; the rest of the process CPU
     * (garbage collection, the VM) is what the process counted beyond them. Threads are read every
     * 100 ms, so a thread that ends (the upload pool's) keeps its last reading.
     */
    private static final class ThreadCpu {
        private final java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        private final java.util.Map<Long, Long> before = new java.util.HashMap<>();
        private final java.util.Map<Long, Long> last = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<Long, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        private final long process0 = cpu();
        private final long gcCount0 = gc(true);
        private final long gcMillis0 = gc(false);
        private volatile boolean running = true;
        private Thread poller;

        static ThreadCpu start() {
            ThreadCpu t = new ThreadCpu();
            t.read(t.before);
            t.poller = new Thread(() -> {
                while (t.running) {
                    t.read(t.last);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-thread-cpu");
            t.poller.setDaemon(true);
            t.poller.start();
            return t;
        }

        private void read(java.util.Map<Long, Long> into) {
            for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long ns = mx.getThreadCpuTime(info.getThreadId());
                if (ns >= 0) {
                    into.put(info.getThreadId(), ns);
                    names.put(info.getThreadId(), info.getThreadName());
                }
            }
        }

        String stop() throws InterruptedException {
            running = false;
            poller.join();
            read(last);
            double process = (cpu() - process0) / 1e9;
            java.util.Map<String, Double> groups = new java.util.TreeMap<>();
            double threads = 0;
            for (var e : last.entrySet()) {
                long id = e.getKey();
                if (id == poller.getId()) {
                    continue;
                }
                double s = (e.getValue() - before.getOrDefault(id, 0L)) / 1e9;
                threads += s;
                groups.merge(group(names.get(id)), s, Double::sum);
            }
            StringBuilder b = new StringBuilder();
            groups.forEach((g, s) -> {
                if (s >= 0.005) {
                    b.append(String.format("%s %.2f s, ", g, s));
                }
            });
            return b.append(String.format("GC, JIT and VM (the rest) %.2f s; process %.2f s; %d collections, %d ms",
                    process - threads, process, gc(true) - gcCount0, gc(false) - gcMillis0)).toString();
        }

        private static long gc(boolean count) {
            long sum = 0;
            for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                sum += Math.max(0, count ? b.getCollectionCount() : b.getCollectionTime());
            }
            return sum;
        }

        private static String group(String name) {
            if (name.startsWith("lastmile-upload") || name.startsWith("pool-")) {
                return "laptop upload threads (the copy: its senders)";
            }
            if (name.startsWith("HttpClient")) {
                return "laptop HTTP client";
            }
            if (name.equals("main")) {
                return "laptop sync thread (push, pull, marks)";
            }
            if (name.startsWith("JettyServerThreadPool") || name.startsWith("qtp")) {
                return "court (Jetty threads)";
            }
            if (name.contains("CompilerThread")) {
                return "JIT compiler";
            }
            return "other threads";
        }
    }

    /** @param limits null: as {@code lastmile sync} runs; else the engine with these batch limits */
    private static void push(Path work, int count, SyncEngine.Limits limits) throws Exception {
        Path court = work.resolve("court");
        CourtServer.init(court, null);
        try (CourtServer server = CourtServer.open(court, null, Clock.systemUTC());
                Store laptop = laptop(work.resolve("laptop"))) {
            int port = server.start("127.0.0.1", 0, Messages.of(Language.ENGLISH));
            SyncClient client = enrolled(laptop, server, port, court);
            client.run(() -> { }); // the demo cases and officers first: the records' case is then known
            drafts(laptop, count);
            long outboxBytes = laptop.database().read(tx -> {
                try (PreparedStatement s = tx.connection().prepareStatement(
                        "SELECT count(*), coalesce(sum(length(payload)), 0) FROM outbox WHERE state = 'pending'");
                        ResultSet r = s.executeQuery()) {
                    r.next();
                    System.out.printf("push: %d operations waiting, %.1f MB of payload%n", r.getLong(1), r.getLong(2) / 1e6);
                    return r.getLong(2);
                }
            });
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            SyncSummary summary = limits == null ? client.run(() -> { }) : engine(laptop, limits);
            double sync = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  RESULT lastmile sync pushing %d records: %.2f s (budget <= 10 s), %.2f s of CPU (client and"
                    + " server threads); %s%n", count, sync, (cpu() - cpu0) / 1e9, summary);
            Path one = work.resolve("payload.bin");
            Files.write(one, new byte[(int) outboxBytes]);
            double plain = plainCopy(server, court.resolve(CourtKeys.CA), work.resolve("plain"), List.of(one), 1);
            System.out.printf("  plain HTTPS copy of the same payload bytes in one request: %.2f s%n", plain);
            if (summary.pushed() < count) {
                throw new IllegalStateException("not every record was pushed: " + summary);
            }
        }
    }

    private static SyncSummary engine(Store laptop, SyncEngine.Limits limits) {
        Enrolment enrolment = new SyncState(laptop.database()).enrolment().orElseThrow();
        HttpCourtLink link = new HttpCourtLink(CourtTls.client(enrolment.caPem(), Duration.ofSeconds(10)), enrolment,
                Duration.ofSeconds(120), Clock.systemUTC());
        return SyncEngine.of(laptop, RetryPolicy.standard(Math::random), d -> Thread.sleep(d.toMillis()), Runnable::run, limits).run(link);
    }

    private static Store laptop(Path dir) {
        return Store.open(dir, Clock.systemUTC(), ZoneId.of("Asia/Shanghai"), CourtTable.shipped(), s -> s, true);
    }

    private static SyncClient enrolled(Store laptop, CourtServer server, int port, Path court) throws Exception {
        SyncClient client = new SyncClient(laptop, Clock.systemUTC());
        String officer = laptop.settings().get("profile.officerId").orElseThrow();
        client.enrol("https://localhost:" + port, server.enrolment().newCode(officer, null), court.resolve(CourtKeys.CA),
                "bench");
        return client;
    }

    /** Records, photos and GNSS files as the field leaves them; returns the bytes of the files. */
    private static long fill(Store laptop, int records, int photos, int fixes, List<Path> files) throws IOException {
        drafts(laptop, records);
        Random random = new Random(2026);
        long total = 0;
        for (int i = 0; i < photos; i++) {
            // photos are JPEG: incompressible; sizes spread around 512 KiB (1 GB for 2,000)
            byte[] bytes = new byte[393_216 + random.nextInt(262_144)];
            random.nextBytes(bytes);
            total += attach(laptop, bytes, files);
        }
        for (int from = 0; from < fixes; from += 1000) {
            total += attach(laptop, geoJson(random, Math.min(1000, fixes - from)), files);
        }
        return total;
    }

    private static void drafts(Store laptop, int count) {
        RecordService service = RecordService.of(laptop,
                new org.lastmile.domain.record.rules.RecordChecker(RuleTable.defaults(), ZoneId.of("Asia/Shanghai")));
        Instant start = Instant.now().minus(Duration.ofDays(3));
        laptop.database().transaction(tx -> {
            for (int i = 0; i < count; i++) {
                SiteRecord r = SiteRecord.start(UUID.randomUUID(), FARMLAND, RecordType.LAND_HANDOVER,
                        SpokenLanguage.CHINESE, start.plusSeconds(60L * i), Place.named("果洛藏贡麻村"))
                        .edit().participants(RecordFixtures.people())
                        .details(new RecordDetails.LandHandover(RecordFixtures.land())).build();
                service.saveDraft(tx, r, ACTOR, Origin.LOCAL);
            }
            return null;
        });
    }

    private static byte[] geoJson(Random random, int points) {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < points; i++) {
            b.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(String.format("%.8f,%.8f,%.3f", 100.1 + random.nextDouble() * 0.01,
                            37.3 + random.nextDouble() * 0.01, 3300 + random.nextDouble() * 20))
                    .append("]},\"properties\":{\"time\":\"2026-11-2").append(1 + i % 5).append("T0")
                    .append(i % 10).append(":00:00Z\",\"fix\":4,\"sats\":").append(8 + i % 12)
                    .append(",\"hdop\":0.").append(6 + i % 4).append("}}");
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long attach(Store laptop, byte[] bytes, List<Path> files) {
        files.add(laptop.blobs().path(TestAttachments.add(laptop, bytes)));
        return bytes.length;
    }

    /**
     * The baseline: each file PUT once over the same TLS (the court's key, Jetty's connector, the
     * client the sync uses) to a server that only writes the body to a file. No hashing, no
     * database, no fsync: the fastest honest copy of the same bytes.
     */
    private static double plainCopy(CourtServer court, Path caFile, Path into, List<Path> files, int atOnce)
            throws Exception {
        Files.createDirectories(into);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.addConnector((server, http) -> {
                SslContextFactory.Server ssl = new SslContextFactory.Server();
                ssl.setKeyStore(court.keys().keyStore());
                ssl.setKeyStorePassword(new String(CourtKeys.STORE_PASSWORD));
                HttpConfiguration https = new HttpConfiguration(http);
                https.addCustomizer(new SecureRequestCustomizer(false));
                ServerConnector c = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                        new HttpConnectionFactory(https));
                c.setHost("127.0.0.1");
                c.setPort(0);
                return c;
            });
            config.routes.put("/copy/{name}", ctx -> {
                try (InputStream in = ctx.bodyInputStream()) {
                    Files.copy(in, into.resolve(ctx.pathParam("name")), StandardCopyOption.REPLACE_EXISTING);
                }
                ctx.status(201);
            });
        }).start();
        try {
            int port = ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
            HttpClient http = CourtTls.client(Files.readString(caFile), Duration.ofSeconds(10));
            ThreadCpu threads = ThreadCpu.start();
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(atOnce);
            try {
                List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
                for (Path file : files) {
                    sent.add(pool.submit(() -> {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(
                                URI.create("https://localhost:" + port + "/copy/" + file.getFileName()))
                                .PUT(HttpRequest.BodyPublishers.ofFile(file)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 201) {
                            throw new IOException("plain copy refused: " + r.statusCode());
                        }
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> f : sent) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  (plain copy to %s: %.2f s of CPU; by thread: %s)%n", into.getFileName(),
                    (cpu() - cpu0) / 1e9, threads.stop());
            return wall;
        } finally {
            app.stop();
            delete(into);
        }
    }

    /** CPU time of this whole process (client, server and copy threads): what the machine's load does not stretch. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void delete(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
