package org.lastmile.server;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.i18n.Messages;
import org.lastmile.server.files.FinishPause;
import org.lastmile.server.files.Downloads;
import org.lastmile.server.files.Uploads;
import org.lastmile.server.http.ServerApi;
import org.lastmile.server.office.Assignment;
import org.lastmile.server.office.CaseImport;
import org.lastmile.server.office.ChainAuditor;
import org.lastmile.server.office.DeviceList;
import org.lastmile.server.office.Enrolment;
import org.lastmile.server.office.OfficerCourts;
import org.lastmile.server.office.Records;
import org.lastmile.server.push.PayloadCheck;
import org.lastmile.server.push.PushService;
import org.lastmile.server.push.ReceiptSigner;
import org.lastmile.server.store.Refusal;
import org.lastmile.server.store.ServerDb;
import org.lastmile.server.tls.CourtKeys;

/**
 * The court server of one data directory: its keys, its store (the directory's SQLite file, or
 * the PostgreSQL database named by {@code --db}), the office's operations and the HTTPS API.
 * Wires; holds no logic.
 */
public final class CourtServer implements AutoCloseable {

    /** A client clock further off than this is flagged (recorded, never used for order). */
    public static final Duration SKEW_TOLERANCE = Duration.ofMinutes(10);

    private final Path dataDir;
    private final ServerDb db;
    private final CourtKeys keys;
    private final Clock clock;
    private final CourtTable courts;
    private Javalin http;

    private CourtServer(Path dataDir, ServerDb db, CourtKeys keys, Clock clock, CourtTable courts) {
        this.dataDir = dataDir;
        this.db = db;
        this.keys = keys;
        this.clock = clock;
        this.courts = courts;
    }

    /**
     * {@code server init}: the keys and the store of a new data directory.
     *
     * @param dbUrl a PostgreSQL URL to keep using ({@code null}: SQLite in the directory)
     * @return the CA's SHA-256 fingerprint
     * @throws Refusal 400 {@code server.init.error.exists} when the directory holds a server already
     */
    public static String init(Path dataDir, String dbUrl) {
        CourtKeys keys = new CourtKeys(dataDir);
        if (keys.exist()) {
            throw new Refusal(400, "server.init.error.exists", dataDir);
        }
        String fingerprint = keys.create();
        try (ServerDb db = dbUrl == null ? ServerDb.sqlite(dataDir) : ServerDb.open(dbUrl)) {
            return fingerprint;
        }
    }

    /**
     * Opens an initialized data directory.
     *
     * @param dbUrl {@code jdbc:postgresql:…} to use PostgreSQL, {@code null} for the directory's SQLite file
     * @throws Refusal 400 {@code server.error.notInitialized}
     */
    public static CourtServer open(Path dataDir, String dbUrl, Clock clock) {
        CourtKeys keys = new CourtKeys(dataDir);
        if (!keys.exist()) {
            throw new Refusal(400, "server.error.notInitialized", dataDir);
        }
        ServerDb db = dbUrl == null ? ServerDb.sqlite(dataDir) : ServerDb.open(dbUrl);
        return new CourtServer(dataDir, db, keys, clock, CourtTable.shipped());
    }

    /** Serves HTTPS until {@link #close}; returns the port it listens on. */
    public int start(String host, int port, Messages messages) {
        return start(host, port, messages, FinishPause.none());
    }

    /**
     * As {@link #start(String, int, Messages)}, telling {@code pause} where each upload's finish is:
     * a kill test's launcher stops the server there (the command line always passes none).
     */
    public int start(String host, int port, Messages messages, FinishPause pause) {
        Enrolment enrolment = enrolment();
        PushService push = new PushService(db, new PayloadCheck(courts), new ReceiptSigner(keys.receiptKey()), clock,
                SKEW_TOLERANCE);
        ServerApi api = new ServerApi(db, enrolment, push,
                new Uploads(db, dataDir, clock, pause), new Downloads(db, dataDir), messages).clock(clock);
        http = api.start(host, port, keys.keyStore(), CourtKeys.STORE_PASSWORD);
        return http.port();
    }

    public Enrolment enrolment() {
        return new Enrolment(db, clock, keys.receiptPublic());
    }

    public Uploads uploads() {
        return new Uploads(db, dataDir, clock);
    }

    public CaseImport caseImport() {
        return new CaseImport(db, courts, clock);
    }

    public Assignment assignment() {
        return new Assignment(db, courts, clock);
    }

    public OfficerCourts officerCourts() {
        return new OfficerCourts(db, courts);
    }

    public DeviceList devices() {
        return new DeviceList(db);
    }

    public Records records() {
        return new Records(db);
    }

    public ChainAuditor chainAuditor() {
        return new ChainAuditor(db);
    }

    public CourtKeys keys() {
        return keys;
    }

    public ServerDb db() {
        return db;
    }

    /** Whether a data directory was made by {@code server init}. */
    public static boolean initialized(Path dataDir) {
        return Files.exists(dataDir.resolve(CourtKeys.CA));
    }

    @Override
    public void close() {
        if (http != null) {
            http.stop();
        }
        db.close();
    }
}
