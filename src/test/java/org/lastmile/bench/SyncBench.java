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
import org.lastmile.sync.SyncClient;
import org.lastmile.sync.SyncSummary;

/**
 * The sync budgets of issue 14, measured end to end on loopback (scripts/bench-sync):
 * <ul>
 * <li>{@code week SCALE}: a week in the field (500 records, 2,000 photos of ~512 KiB, 20,000 GNSS
 * fixes as field-import GeoJSON files; all scaled by SCALE) uploaded by the real sync to the real
 * court server over TLS, against a plain HTTPS copy of the same files (one PUT each, written to
 * disk) to a trivial server on the same Jetty TLS connector, in the same run.</li>
 * <li>{@code push COUNT}: COUNT small records (drafts) pushed in one sync.</li>
 * </ul>
 * The court server runs in this JVM (as the tests run it); the client talks to it only over TLS.
 */
public final class SyncBench {

    private static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");
    private static final String ACTOR = "bench";

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "week";
        Path work = Files.createTempDirectory("lastmile-bench-sync");
        try {
            if ("push".equals(what)) {
                push(work, args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
            } else {
                week(work, args.length > 1 ? Double.parseDouble(args[1]) : 1.0);
            }
        } finally {
            delete(work);
        }
    }

    private static void week(Path work, double scale) throws Exception {
        int records = (int) Math.round(500 * scale);
        int photos = (int) Math.round(2000 * scale);
        int fixes = (int) Math.round(20_000 * scale);
        Path court = work.resolve("court");
        CourtServer.init(court, null);
        try (CourtServer server = CourtServer.open(court, null, Clock.systemUTC());
                Store laptop = laptop(work.resolve("laptop"))) {
            int port = server.start("127.0.0.1", 0, Messages.of(Language.ENGLISH));
            List<Path> files = new ArrayList<>();
            long bytes = fill(laptop, records, photos, fixes, files);
            System.out.printf("week in the field x%.3f: %d records, %d photos, %d GNSS fixes in %d files, %.1f MB of files%n",
                    scale, records, photos, fixes, files.size() - photos, bytes / 1e6);

            double plain = plainCopy(server, court.resolve(CourtKeys.CA), work.resolve("plain"), files);
            System.out.printf("  plain HTTPS copy of the same files: %.2f s, %.1f MB/s%n", plain, bytes / 1e6 / plain);

            SyncClient client = enrolled(laptop, server, port, court);
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            SyncSummary summary = client.run(() -> { });
            double sync = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  lastmile sync (records and files): %.2f s, %.1f MB/s of files, %.2f s of CPU"
                    + " (client and server threads); %s%n", sync, bytes / 1e6 / sync, (cpu() - cpu0) / 1e9, summary);
            System.out.printf("  sync throughput = %.0f %% of the plain copy (budget >= 70 %%)%n", 100 * plain / sync);
            if (!summary.safeToUnplug()) {
                throw new IllegalStateException("the sync did not finish: " + summary);
            }
        }
    }

    private static void push(Path work, int count) throws Exception {
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
            SyncSummary summary = client.run(() -> { });
            double sync = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  lastmile sync pushing %d records: %.2f s (budget <= 10 s), %.2f s of CPU (client and"
                    + " server threads); %s%n", count, sync, (cpu() - cpu0) / 1e9, summary);
            Path one = work.resolve("payload.bin");
            Files.write(one, new byte[(int) outboxBytes]);
            double plain = plainCopy(server, court.resolve(CourtKeys.CA), work.resolve("plain"), List.of(one));
            System.out.printf("  plain HTTPS copy of the same payload bytes in one request: %.2f s%n", plain);
            if (summary.pushed() < count) {
                throw new IllegalStateException("not every record was pushed: " + summary);
            }
        }
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
    private static double plainCopy(CourtServer court, Path caFile, Path into, List<Path> files) throws Exception {
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
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            for (Path file : files) {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(
                        URI.create("https://localhost:" + port + "/copy/" + file.getFileName()))
                        .PUT(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 201) {
                    throw new IOException("plain copy refused: " + r.statusCode());
                }
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  (plain copy: %.2f s of CPU)%n", (cpu() - cpu0) / 1e9);
            return wall;
        } finally {
            app.stop();
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
