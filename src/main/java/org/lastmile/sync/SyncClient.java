package org.lastmile.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.common.LocalizedException;
import org.lastmile.store.open.Store;

/**
 * The sync as the command line and the sync screen use it (同步): enrol with the court, run the
 * engine, read its progress and the conflicts, decide a conflict. Built once per store.
 */
public final class SyncClient {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final Store store;
    private final Clock clock;
    private final SyncState state;
    private final ProgressReader progress;
    private final Conflicts conflicts;
    private final ConflictDecision decisions;

    public SyncClient(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.state = new SyncState(store.database());
        this.progress = new ProgressReader(store.database(), clock);
        this.conflicts = new Conflicts(store.database());
        this.decisions = new ConflictDecision(store);
    }

    public Optional<Enrolment> enrolment() {
        return state.enrolment();
    }

    /** The session's progress, read from the database (the time left at the rate this client saw). */
    public SyncProgress progress() {
        return progress.read();
    }

    public ProgressReader progressReader() {
        return progress;
    }

    public List<Conflicts.Open> conflicts() {
        return conflicts.open();
    }

    /** How a person knows the entity: a case by its number (案号), anything else by its id. */
    public String entityName(String entity, String entityId) {
        if ("case".equals(entity)) {
            try {
                return org.lastmile.service.CaseService.of(store).find(UUID.fromString(entityId))
                        .map(c -> c.number().toString()).orElse(entityId);
            } catch (IllegalArgumentException notAnId) {
                return entityId;
            }
        }
        return entityId;
    }

    /**
     * One run against the enrolled court; {@code onStep} after each checkpoint, on the calling thread.
     *
     * @throws LocalizedException {@code sync.error.notEnrolled} before enrolment
     */
    public SyncSummary run(Runnable onStep) {
        Enrolment enrolment = state.enrolment().orElseThrow(() -> new LocalizedException("sync.error.notEnrolled"));
        HttpClient http = CourtTls.client(enrolment.caPem(), CONNECT_TIMEOUT);
        SecureRandom random = new SecureRandom();
        SyncEngine engine = SyncEngine.of(store, RetryPolicy.standard(random::nextDouble), Sleeper.real(),
                Runnable::run, SyncEngine.Limits.standard());
        return engine.run(new HttpCourtLink(http, enrolment, REQUEST_TIMEOUT, clock), onStep);
    }

    /**
     * Trades the office's one-time code for this device's credential.
     *
     * @throws LocalizedException a URL that is not https, a CA file without a certificate
     * @throws CourtFault the court refused the code or could not be reached
     */
    public Enrolment enrol(String server, String code, Path caFile, String deviceName) throws CourtFault {
        URI uri = serverUri(server);
        String pem = readCa(caFile);
        HttpClient http = CourtTls.client(pem, CONNECT_TIMEOUT);
        return new CourtEnrolment(http, state, REQUEST_TIMEOUT).enrol(uri, code.trim(), deviceName, pem);
    }

    /**
     * Something the court refused, for a person.
     *
     * @param entity {@code case}, {@code record}…, or {@code file} for an attachment
     * @param entityId the entity's id or the file's hash
     * @param reason the court's reason key, when it gave one
     */
    public record Refusal(String entity, String entityId, String reason) {

        private static final java.util.regex.Pattern REFUSED = java.util.regex.Pattern.compile("refused \\d+: (.*)");

        /**
         * The reason in {@code m}'s language: the court's key translated by this laptop's bundles
         * (the court was perhaps started in another language), a file this laptop cannot read, or
         * the note as kept when it is neither. A court's reason for an operation carries no
         * arguments on the wire: the entity's id stands for its first.
         */
        public String reasonText(org.lastmile.i18n.Messages m) {
            if (reason == null || reason.isBlank()) {
                return "";
            }
            Optional<String> file = FileProblem.text(m, reason);
            if (file.isPresent()) {
                return file.get();
            }
            java.util.regex.Matcher refused = REFUSED.matcher(reason);
            return new CourtMessage(refused.matches() ? refused.group(1) : reason, List.of(entityId), reason).text(m);
        }
    }

    /**
     * The one-line problem of an enrolment the court refused: a code it does not know (or that was
     * used) as before, anything else in the court's words translated here.
     */
    public static LocalizedException enrolRefused(CourtFault fault) {
        return fault.court().filter(c -> !c.key().equals("server.enrol.error.code"))
                .map(c -> new LocalizedException(fault, "sync.error.enrolRefused", c))
                .orElseGet(() -> new LocalizedException(fault, "sync.error.codeRefused", fault.status()));
    }

    /** The refused operations (outbox rows needing a person) and files, oldest first. */
    public List<Refusal> refusals() {
        return store.database().read(tx -> {
            List<Refusal> list = new java.util.ArrayList<>();
            try (java.sql.PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT entity, entity_id, result_detail FROM outbox WHERE state = 'needs_person' ORDER BY seq");
                    java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(new Refusal(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
            try (java.sql.PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT sha256, result_detail FROM sync_blobs WHERE state = 'needs_person' ORDER BY sha256");
                    java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(new Refusal("file", r.getString(1), r.getString(2)));
                }
            }
            return list;
        });
    }

    /** Whether the court refused the enrolment code (as opposed to not answering). */
    public static boolean refused(CourtFault fault) {
        return fault.kind() == CourtFault.Kind.STATUS && fault.status() >= 400 && fault.status() < 500;
    }

    /** Applies a person's choice to the entity and closes the conflict, in one transaction. */
    public void decide(UUID conflict, ConflictDecision.Choice choice, String actor) {
        decisions.decide(conflict, choice, actor);
    }

    public static URI serverUri(String text) {
        try {
            URI uri = new URI(text == null ? "" : text.trim());
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new LocalizedException("sync.error.serverUrl", text);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new LocalizedException(e, "sync.error.serverUrl", text);
        }
    }

    /** The court CA's PEM text; a file that holds no certificate is refused. */
    public static String readCa(Path file) {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            CourtTls.context(pem);
            return pem;
        } catch (IOException e) {
            throw new LocalizedException(e, "sync.error.caFile", file);
        }
    }

    /** This computer's name, as the court lists the device. */
    public static String deviceName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "lastmile";
        }
    }
}
