package org.lastmile.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.lastmile.store.Hashes;
import org.lastmile.store.audit.AuditEvent;
import org.lastmile.store.audit.ChainHead;
import org.lastmile.sync.protocol.AuditEntry;
import org.lastmile.sync.protocol.ChainHeadRef;
import org.lastmile.sync.protocol.Endpoints;
import org.lastmile.sync.protocol.ErrorBody;
import org.lastmile.sync.protocol.MissingAnswer;
import org.lastmile.sync.protocol.MissingQuery;
import org.lastmile.sync.protocol.Operation;
import org.lastmile.sync.protocol.PullResponse;
import org.lastmile.sync.protocol.PushRequest;
import org.lastmile.sync.protocol.PushResponse;
import org.lastmile.sync.protocol.ReceiptSignature;
import org.lastmile.sync.protocol.UploadState;
import org.lastmile.sync.protocol.UploadStatus;
import org.lastmile.sync.protocol.Wire;

/**
 * {@link CourtLink} over HTTPS with the protocol's wire types ({@code org.lastmile.sync.protocol}).
 * The client is injected (it carries the pinned court CA, see {@link CourtTls}); every failure is a
 * {@link CourtFault}: an answer that does not parse or breaks the protocol's checks counts as a
 * network fault (a cut or corrupted body), never as data.
 */
public final class HttpCourtLink implements CourtLink {

    /**
     * The court's key for a request whose body ended before its declared length: the link dropped
     * on the way, the laptop sent it whole. Its 400 reaches the laptop when the court's side of the
     * connection was closed for reading only (a half-closed link); it used to count as a refusal, so
     * a chunk cut that way left its file waiting for a person (SlowLinkTest, 1 run in 8 at load ~20:
     * "refused 400: server.error.body"). It is a network fault: sent again, or the run stops, resumable.
     */
    static final String BODY_CUT = "server.error.body";
    /** The start of the detail of a {@link #BODY_CUT} fault. */
    static final String CUT_SHORT = "the court got the request cut short: ";

    private final HttpClient http;
    private final Enrolment enrolment;
    private final Duration timeout;
    private final java.time.Clock clock;
    private final ObjectMapper wire = Wire.mapper();

    public HttpCourtLink(HttpClient http, Enrolment enrolment, Duration timeout, java.time.Clock clock) {
        this.http = http;
        this.enrolment = enrolment;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public PushReply push(List<OutgoingOp> ops, ChainHead head, List<AuditEvent> chain) throws CourtFault {
        List<Operation> operations = ops.stream().map(op -> new Operation(op.opId(), op.entity(), op.entityId(), op.op(),
                op.baseVersion(), op.payload(), Hashes.sha256(op.payload()), op.createdAt(), op.attachments(),
                op.basePayload())).toList();
        List<AuditEntry> entries = chain.stream().map(e -> new AuditEntry(e.seq(), e.id(), e.at(), e.actor(), e.action(),
                e.entity(), e.entityId(), e.payloadSha256(), e.prevHash(), e.hash())).toList();
        PushRequest request = new PushRequest(UUID.fromString(enrolment.deviceId()), clock.instant(),
                new ChainHeadRef(head.seq(), head.hash()), entries, operations);
        PushResponse response = send(json(Endpoints.PUSH).POST(body(request)), PushResponse.class);
        Map<UUID, OutgoingOp> byId = new java.util.HashMap<>();
        ops.forEach(op -> byId.put(op.opId(), op));
        List<OpResult> results = new ArrayList<>();
        for (var r : response.results()) {
            OutgoingOp op = byId.get(r.opId());
            if (op == null) {
                throw CourtFault.network("result for an operation not sent: " + r.opId(), null);
            }
            List<FieldConflict> fields = r.conflictFields() == null ? List.of() : r.conflictFields().stream()
                    .map(f -> new FieldConflict(f, null, JsonField.value(op.payload(), f), null)).toList();
            results.add(new OpResult(r.opId(), outcome(r.status()), r.sequence(), r.reason(), fields, r.serverVersion()));
        }
        var receipt = response.receipt();
        boolean valid = enrolment.receiptKey() != null && ReceiptSignature.valid(receipt, enrolment.receiptKey())
                && receipt.deviceId().toString().equals(enrolment.deviceId());
        String receiptJson = new String(Wire.write(wire, receipt), java.nio.charset.StandardCharsets.UTF_8);
        return new PushReply(results, new Receipts.Receipt(new ChainHead(receipt.chainHead().seq(),
                receipt.chainHead().hash()), receiptJson, receipt.signature(), valid));
    }

    private static OpOutcome outcome(org.lastmile.sync.protocol.OpStatus status) {
        return switch (status) {
            case APPLIED -> OpOutcome.APPLIED;
            case DUPLICATE -> OpOutcome.DUPLICATE;
            case CONFLICT -> OpOutcome.CONFLICT;
            case REJECTED -> OpOutcome.REJECTED;
            case AWAITING_ATTACHMENTS -> OpOutcome.AWAITING_ATTACHMENTS;
        };
    }

    @Override
    public PullPage pull(long cursor, int limit) throws CourtFault {
        PullResponse page = send(request(Endpoints.PULL + "?after=" + cursor + "&limit=" + limit).GET(),
                PullResponse.class);
        List<PulledChange> changes = page.changes().stream().map(c -> new PulledChange(c.sequence(), c.entity(),
                c.entityId(), c.version(), c.tombstone(), c.payload(), c.op())).toList();
        for (var c : page.changes()) {
            if (c.payload() != null && !Hashes.sha256(c.payload()).equals(c.payloadSha256())) {
                throw CourtFault.network("pulled change does not hash to its sha256: " + c.entityId(), null);
            }
        }
        return new PullPage(changes, page.nextCursor(), page.more());
    }

    @Override
    public Set<String> missing(Collection<String> hashes) throws CourtFault {
        if (hashes.isEmpty()) {
            return Set.of();
        }
        MissingAnswer answer = send(json(Endpoints.MISSING).POST(body(new MissingQuery(List.copyOf(hashes)))),
                MissingAnswer.class);
        return new LinkedHashSet<>(answer.missing());
    }

    @Override
    public ChunkReply offset(String sha256, long size) throws CourtFault {
        return reply(send(request(Endpoints.attachment(sha256)).GET(), UploadStatus.class), sha256);
    }

    @Override
    public ChunkReply append(String sha256, long size, long offset, byte[] chunk, int length, String chunkSha256)
            throws CourtFault {
        HttpRequest.Builder b = request(Endpoints.attachment(sha256))
                .header("Content-Type", Endpoints.CHUNK_TYPE)
                .header(Endpoints.UPLOAD_OFFSET, Long.toString(offset))
                .header(Endpoints.UPLOAD_LENGTH, Long.toString(size))
                .header(Endpoints.UPLOAD_CHECKSUM, "sha256 " + chunkSha256)
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(chunk, 0, length));
        return reply(send(b, UploadStatus.class), sha256);
    }

    @Override
    public long download(String sha256, long offset, java.nio.file.Path part, java.util.function.LongConsumer progress)
            throws CourtFault {
        HttpRequest request = request(Endpoints.download(sha256)).header("Range", "bytes=" + offset + "-").GET().build();
        HttpResponse<java.io.InputStream> response = exchange(http, request, HttpResponse.BodyHandlers.ofInputStream());
        observe(response);
        try (java.io.InputStream body = response.body()) {
            int status = response.statusCode();
            if (status != 200 && status != 206) {
                throw CourtFault.status(status, retryAfter(response), courtMessage(wire, body.readNBytes(64 << 10)));
            }
            long[] span = span(response, status, offset);
            return DownloadWriter.write(body, part, span[0], span[1], progress);
        } catch (IOException e) {
            // cut in the middle of the body: what arrived stays in the part file, the next call continues
            throw CourtFault.network("download cut: " + e.getMessage(), e);
        }
    }

    /** {@code [start, total]} of a download's answer: {@code 200} is the whole file, {@code 206} names its part. */
    private static long[] span(HttpResponse<?> response, int status, long offset) throws CourtFault {
        if (status == 200) {
            long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (total < 0) {
                throw CourtFault.network("download without a length", null);
            }
            return new long[] {0, total};
        }
        String range = response.headers().firstValue("Content-Range").orElse("");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)").matcher(range);
        if (!m.matches() || Long.parseLong(m.group(1)) != offset) {
            throw CourtFault.network("download range not the one asked: " + range, null);
        }
        return new long[] {offset, Long.parseLong(m.group(3))};
    }

    private static ChunkReply reply(UploadStatus status, String sha256) throws CourtFault {
        if (!status.sha256().equals(sha256)) {
            throw CourtFault.network("upload status of another file", null);
        }
        return new ChunkReply(status.offset(), status.state() == UploadState.VERIFIED);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(resolve(enrolment.server(), path)).timeout(timeout)
                .header(Endpoints.AUTHORIZATION, "Bearer " + enrolment.credential());
    }

    private HttpRequest.Builder json(String path) {
        return request(path).header("Content-Type", Wire.JSON);
    }

    static URI resolve(URI server, String path) {
        String base = server.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    private HttpRequest.BodyPublisher body(Object value) {
        return HttpRequest.BodyPublishers.ofByteArray(Wire.write(wire, value));
    }

    private volatile Duration skew;

    private <T> T send(HttpRequest.Builder request, Class<T> type) throws CourtFault {
        return send(http, wire, request.build(), type, Function.identity(), this::observe);
    }

    private void observe(HttpResponse<?> response) {
        response.headers().firstValue("Date").ifPresent(date -> {
            try {
                Instant court = java.time.ZonedDateTime.parse(date, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                skew = Duration.between(court, clock.instant());
            } catch (java.time.format.DateTimeParseException unreadable) {
                // no usable court time in this answer: the last one stands
            }
        });
    }

    @Override
    public java.util.Optional<Duration> clockSkew() {
        return java.util.Optional.ofNullable(skew);
    }

    /** Sends a request and reads a 2xx answer as {@code type}; anything else as a {@link CourtFault}. */
    static <T> T send(HttpClient http, ObjectMapper wire, HttpRequest request, Class<T> type,
            Function<T, T> check) throws CourtFault {
        return send(http, wire, request, type, check, r -> { });
    }

    static <T> T send(HttpClient http, ObjectMapper wire, HttpRequest request, Class<T> type,
            Function<T, T> check, java.util.function.Consumer<HttpResponse<?>> observer) throws CourtFault {
        HttpResponse<byte[]> response = exchange(http, request, HttpResponse.BodyHandlers.ofByteArray());
        observer.accept(response);
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            CourtMessage said = courtMessage(wire, response.body());
            if (status == 400 && BODY_CUT.equals(said.key())) {
                throw CourtFault.network(CUT_SHORT + said.key(), null);
            }
            throw CourtFault.status(status, retryAfter(response), said);
        }
        try {
            return check.apply(wire.readValue(response.body(), type));
        } catch (IOException | RuntimeException e) {
            // A body cut short or changed on the way: the request is repeated, never believed.
            throw CourtFault.network("unreadable answer: " + e.getMessage(), e);
        }
    }

    /** One request and its answer; the link's failures as the faults the engine retries or stops on. */
    private static <B> HttpResponse<B> exchange(HttpClient http, HttpRequest request,
            HttpResponse.BodyHandler<B> body) throws CourtFault {
        try {
            return http.send(request, body);
        } catch (HttpTimeoutException e) {
            throw CourtFault.timeout(e.getMessage(), e);
        } catch (IOException e) {
            throw CourtFault.network(String.valueOf(e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CourtFault.network("interrupted", e);
        }
    }

    /** The court's error body: its key (the fault's detail, as before), arguments and line; empty when unreadable. */
    private static CourtMessage courtMessage(ObjectMapper wire, byte[] body) {
        try {
            ErrorBody error = wire.readValue(body, ErrorBody.class);
            return new CourtMessage(error.key(), error.args(), error.message());
        } catch (IOException | RuntimeException e) {
            return new CourtMessage("", java.util.List.of(), "");
        }
    }

    /** Retry-After in seconds or as an HTTP date. */
    static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(v -> {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(v.trim())));
            } catch (NumberFormatException e) {
                try {
                    Instant at = java.time.ZonedDateTime.parse(v.trim(),
                            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    Duration d = Duration.between(Instant.now(), at);
                    return d.isNegative() ? Duration.ZERO : d;
                } catch (java.time.format.DateTimeParseException unreadable) {
                    return null;
                }
            }
        }).orElse(null);
    }
}
