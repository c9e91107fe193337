package org.lastmile.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.sync.protocol.EnrolAnswer;
import org.lastmile.sync.protocol.EnrolRequest;
import org.lastmile.sync.protocol.Endpoints;
import org.lastmile.sync.protocol.ErrorBody;
import org.lastmile.sync.protocol.Limits;
import org.lastmile.sync.protocol.MissingQuery;
import org.lastmile.sync.protocol.OpResult;
import org.lastmile.sync.protocol.OpStatus;
import org.lastmile.sync.protocol.Operation;
import org.lastmile.sync.protocol.PushResponse;
import org.lastmile.sync.protocol.Wire;

/**
 * Every endpoint of the court ({@link Endpoints}) against bad input, over a raw TLS socket to the
 * real server on loopback, so that a request can be cut in the middle of its body (Content-Length
 * larger than what arrives, the connection closed) as a dropped link cuts it: each bad request is
 * answered 400 or 413 with a message key of the bundles and one line, and leaves every row and file
 * of the court as it was ({@link ServerState}). Each endpoint's own good request, sent afterwards,
 * is taken, so the bad ones were refused for being bad, not because nothing could change.
 */
class EndpointInputTest {

    /** The endpoints with a JSON body. */
    enum JsonEndpoint {
        ENROL(Endpoints.ENROL), PUSH(Endpoints.PUSH), MISSING(Endpoints.MISSING);

        final String path;

        JsonEndpoint(String path) {
            this.path = path;
        }
    }

    @TempDir
    Path tmp;
    ServerHarness server;
    Laptop laptop;
    EnrolAnswer device;
    /** A fresh one-time code: an enrolment the court would take. */
    String code;
    /** The laptop's last operation, not yet on the court: a push the court would apply. */
    Operation last;
    /** A file of two chunks whose first chunk the court holds. */
    final byte[] file = new byte[200_001];
    String sha;
    final int half = 100_000;
    String before;
    final Messages english = Messages.of(Language.ENGLISH);

    @BeforeEach
    void aCourtWithDataAndAPartialUpload() throws Exception {
        server = new ServerHarness(tmp.resolve("server"), null, true);
        laptop = new Laptop(tmp.resolve("laptop"));
        device = server.enrol(laptop.officerId);
        last = laptop.outbox.get(laptop.outbox.size() - 1);
        PushResponse r = server.json(server.send("POST", Endpoints.PUSH, device.token(), Wire.write(server.mapper,
                laptop.push(device.deviceId(), laptop.outbox.subList(0, laptop.outbox.size() - 1)))), PushResponse.class);
        assertThat(r.results()).extracting(OpResult::status).containsOnly(OpStatus.APPLIED);
        new Random(14).nextBytes(file);
        sha = sha256(file);
        Answer first = chunk(0, Arrays.copyOf(file, half), half);
        assertThat(first.status).as(first.toString()).isEqualTo(200);
        code = server.server.enrolment().newCode(laptop.officerId, null);
        before = state();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String state() throws Exception {
        return ServerState.of(server.server.db(), server.dataDir);
    }

    /** The good body of an endpoint. */
    private byte[] good(JsonEndpoint e) {
        return switch (e) {
            case ENROL -> Wire.write(server.mapper, new EnrolRequest(code, "laptop"));
            case PUSH -> Wire.write(server.mapper, laptop.push(device.deviceId(), List.of(last)));
            case MISSING -> Wire.write(server.mapper, new MissingQuery(List.of(sha)));
        };
    }

    private String token(JsonEndpoint e) {
        return e == JsonEndpoint.ENROL ? null : device.token();
    }

    private void assertRefused(Answer a, int status, String key) throws Exception {
        assertThat(a.status).as(a.toString()).isEqualTo(status);
        assertThat(a.key).as(a.toString()).isEqualTo(key);
        assertThat(english.has(a.key)).as("a key of the bundles: " + a.key).isTrue();
        assertThat(a.message).as(a.toString()).isNotBlank().doesNotContain("\n").doesNotContain("Exception")
                .doesNotContain("at org.");
        assertThat(state()).as("the court's rows and files after " + a).isEqualTo(before);
    }

    /** The good request, after the bad ones, is taken: the court was able to change. */
    private void assertTheGoodOneIsTaken(JsonEndpoint e) throws Exception {
        Answer ok = send("POST", e.path, token(e), Map.of(), good(e), -1);
        assertThat(ok.status).as(ok.toString()).isEqualTo(200);
        if (e != JsonEndpoint.MISSING) {
            assertThat(state()).isNotEqualTo(before);
        } else {
            assertThat(ok.body).contains(sha);
        }
    }

    @ParameterizedTest
    @EnumSource(JsonEndpoint.class)
    void aBodyCutOffMidwayIsRefusedAndChangesNothing(JsonEndpoint e) throws Exception {
        byte[] body = good(e);
        for (int cut : new int[] {0, 1, body.length / 3, body.length / 2, body.length - 1}) {
            Answer a = send("POST", e.path, token(e), Map.of(), Arrays.copyOf(body, cut), body.length);
            assertRefused(a, 400, "server.error.body");
        }
        assertTheGoodOneIsTaken(e);
    }

    @ParameterizedTest
    @EnumSource(JsonEndpoint.class)
    void malformedJsonIsRefusedAndChangesNothing(JsonEndpoint e) throws Exception {
        byte[] body = good(e);
        // complete bodies (Content-Length as sent) that are not JSON, or JSON cut short
        for (byte[] bad : List.of("{not json".getBytes(StandardCharsets.UTF_8), Arrays.copyOf(body, body.length - 1),
                "".getBytes(StandardCharsets.UTF_8), (new String(body, StandardCharsets.UTF_8) + "{}").getBytes(
                        StandardCharsets.UTF_8))) {
            assertRefused(send("POST", e.path, token(e), Map.of(), bad, -1), 400, "server.error.json");
        }
        assertTheGoodOneIsTaken(e);
    }

    @ParameterizedTest
    @EnumSource(JsonEndpoint.class)
    void anUnknownFieldIsRefusedAndChangesNothing(JsonEndpoint e) throws Exception {
        String body = new String(good(e), StandardCharsets.UTF_8).replaceFirst("\\{", "{\"priority\":1,");
        Answer a = send("POST", e.path, token(e), Map.of(), body.getBytes(StandardCharsets.UTF_8), -1);
        assertRefused(a, 400, "server.error.unknownField");
        assertThat(a.message).contains("priority");
        assertTheGoodOneIsTaken(e);
    }

    @ParameterizedTest
    @EnumSource(JsonEndpoint.class)
    void aFieldOfTheWrongTypeIsRefusedAndChangesNothing(JsonEndpoint e) throws Exception {
        String body = new String(good(e), StandardCharsets.UTF_8);
        // the first field's value replaced by an object: a text, a list or a UUID expected
        String wrongType = body.replaceFirst("^\\{(\"[a-z_0-9]+\"):(\"[^\"]*\"|\\[[^\\]]*\\])", "{$1:{\"x\":1}");
        assertThat(wrongType).isNotEqualTo(body);
        assertRefused(send("POST", e.path, token(e), Map.of(), wrongType.getBytes(StandardCharsets.UTF_8), -1), 400,
                "server.error.json");
        // a value of the right type its record refuses (an empty text where a value is needed)
        String emptyText = body.replaceFirst("^\\{(\"[a-z_0-9]+\"):(\"[^\"]*\"|\\[[^\\]]*\\])", "{$1:\"\"");
        assertRefused(send("POST", e.path, token(e), Map.of(), emptyText.getBytes(StandardCharsets.UTF_8), -1), 400,
                e == JsonEndpoint.MISSING ? "server.error.json" : "server.error.field");
        assertTheGoodOneIsTaken(e);
    }

    @ParameterizedTest
    @EnumSource(JsonEndpoint.class)
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItArrives(JsonEndpoint e) throws Exception {
        // Content-Length over the court's bound; a few bytes sent, then the link closed
        long declared = (long) Limits.MAX_BODY_BYTES + Limits.MAX_CHUNK_BYTES + 1;
        Answer a = send("POST", e.path, token(e), Map.of(), Arrays.copyOf(good(e), 10), declared);
        assertRefused(a, 413, "server.error.tooLarge");
        assertTheGoodOneIsTaken(e);
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedWhole() throws Exception {
        byte[] body = good(JsonEndpoint.PUSH);
        // the good push, padded with white space past 16 MiB: valid JSON, too large
        byte[] large = Arrays.copyOf(body, Limits.MAX_BODY_BYTES + 1);
        Arrays.fill(large, body.length, large.length, (byte) ' ');
        // sent without Content-Length (chunked), so that the court learns the size only by reading
        assertRefused(send("POST", Endpoints.PUSH, device.token(), Map.of(), large, CHUNKED), 413,
                "server.error.tooLarge");
        assertTheGoodOneIsTaken(JsonEndpoint.PUSH);
    }

    @Test
    void aChunkCutOffMidwayIsRefusedAndTheCourtKeepsItsOffset() throws Exception {
        byte[] rest = Arrays.copyOfRange(file, half, file.length);
        for (int cut : new int[] {0, 1, rest.length / 2, rest.length - 1}) {
            Answer a = chunk(half, Arrays.copyOf(rest, cut), rest.length, sha256(rest));
            assertRefused(a, 400, "server.error.body");
        }
        Answer ok = chunk(half, rest, rest.length);
        assertThat(ok.status).as(ok.toString()).isEqualTo(200);
        assertThat(ok.body).contains("\"verified\"");
        assertThat(Files.readAllBytes(server.dataDir.resolve("blobs").resolve(sha))).isEqualTo(file);
    }

    @Test
    void chunkHeadersOfTheWrongTypeAreRefused() throws Exception {
        // a few bytes only: the court answers on the headers alone, before the body, and closes the
        // connection, which a larger body still being written would meet as a broken pipe
        byte[] rest = Arrays.copyOfRange(file, half, half + 10);
        Map<String, String> good = chunkHeaders(half, sha256(rest));
        // header, value, the key the court answers with
        for (String[] bad : new String[][] {
            {Endpoints.UPLOAD_OFFSET, "ten", "server.error.number"},
            {Endpoints.UPLOAD_LENGTH, "1e6", "server.error.number"},
            {Endpoints.UPLOAD_OFFSET, "-1", "server.upload.error.header"},
            {Endpoints.UPLOAD_LENGTH, "99", "server.upload.error.header"},
            {Endpoints.UPLOAD_CHECKSUM, "md5 " + sha, "server.upload.error.header"},
            {Endpoints.UPLOAD_CHECKSUM, "sha256 XYZ", "server.upload.error.header"}}) {
            Map<String, String> headers = new LinkedHashMap<>(good);
            headers.put(bad[0], bad[1]);
            assertRefused(send("PATCH", Endpoints.attachment(sha), device.token(), headers, rest, -1), 400, bad[2]);
        }
        Map<String, String> noChecksum = new LinkedHashMap<>(good);
        noChecksum.remove(Endpoints.UPLOAD_CHECKSUM);
        assertRefused(send("PATCH", Endpoints.attachment(sha), device.token(), noChecksum, rest, -1), 400,
                "server.upload.error.header");
        assertRefused(send("PATCH", Endpoints.attachment("NOTAHASH"), device.token(), good, rest, -1), 400,
                "server.upload.error.name");
    }

    @Test
    void aChunkOverTheLimitIsRefusedWhole() throws Exception {
        byte[] big = new byte[Limits.MAX_CHUNK_BYTES + 1];
        String name = sha256("another file".getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", Endpoints.CHUNK_TYPE);
        headers.put(Endpoints.UPLOAD_OFFSET, "0");
        headers.put(Endpoints.UPLOAD_LENGTH, Long.toString(2L * Limits.MAX_CHUNK_BYTES));
        headers.put(Endpoints.UPLOAD_CHECKSUM, "sha256 " + sha256(big));
        // sent without Content-Length (chunked), so that the court learns the size only by reading
        assertRefused(send("PATCH", Endpoints.attachment(name), device.token(), headers, big, CHUNKED), 413,
                "server.upload.error.tooLarge");
    }

    @Test
    void aLargeChunkAtAWrongOffsetIsAnswered409ToTheLaptopsHttpClient() throws Exception {
        // the court refuses on its offset before it reads the body; the laptop's client (the JDK's,
        // as HttpCourtLink sends) must still get the answer, not a broken pipe taken for a network fault
        byte[] big = new byte[8 << 20];
        new Random(16).nextBytes(big);
        String name = sha256("a large file".getBytes(StandardCharsets.UTF_8));
        java.net.http.HttpRequest r = java.net.http.HttpRequest.newBuilder(server.uri(Endpoints.attachment(name)))
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofByteArray(big))
                .header(Endpoints.AUTHORIZATION, "Bearer " + device.token())
                .header("Content-Type", Endpoints.CHUNK_TYPE)
                .header(Endpoints.UPLOAD_OFFSET, Integer.toString(big.length))
                .header(Endpoints.UPLOAD_LENGTH, Integer.toString(3 * big.length))
                .header(Endpoints.UPLOAD_CHECKSUM, "sha256 " + sha256(big))
                .build();
        for (int i = 0; i < 3; i++) {
            var answer = server.http.send(r, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).isEqualTo(409);
            assertThat(server.mapper.readValue(answer.body(), ErrorBody.class).key())
                    .isEqualTo("server.upload.error.offset");
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aChunkDeclaredOverTheLimitIsRefusedBeforeItArrives() throws Exception {
        byte[] rest = Arrays.copyOfRange(file, half, file.length);
        Answer a = chunk(half, Arrays.copyOf(rest, 10), Limits.MAX_CHUNK_BYTES + 1, sha256(rest));
        assertRefused(a, 413, "server.upload.error.tooLarge");
    }

    @Test
    void queryValuesOfTheWrongTypeAreRefused() throws Exception {
        assertRefused(send("GET", Endpoints.PULL + "?after=abc", device.token(), Map.of(), null, -1), 400,
                "server.error.number");
        assertRefused(send("GET", Endpoints.PULL + "?after=0&limit=many", device.token(), Map.of(), null, -1), 400,
                "server.error.number");
        assertRefused(send("GET", Endpoints.PULL + "?after=-5", device.token(), Map.of(), null, -1), 400,
                "server.pull.error.cursor");
        assertRefused(send("GET", Endpoints.PULL + "?after=0&limit=0", device.token(), Map.of(), null, -1), 400,
                "server.pull.error.cursor");
        assertRefused(send("GET", Endpoints.attachment("abc"), device.token(), Map.of(), null, -1), 400,
                "server.upload.error.name");
        assertRefused(send("GET", Endpoints.RECEIPT, "not-a-token", Map.of(), null, -1), 401,
                "server.auth.error.token");
        assertThat(send("GET", Endpoints.PULL + "?after=0", device.token(), Map.of(), null, -1).status).isEqualTo(200);
    }

    // ---- a raw HTTP/1.1 client over TLS that can cut its own request

    /** An answer of the court: status, and the error body's key and line when there is one. */
    /** {@code declared} for a body sent with {@code Transfer-Encoding: chunked}, without a length. */
    private static final long CHUNKED = -2;

    record Answer(int status, String key, String message, String body) {
    }

    private Answer chunk(long offset, byte[] bytes, int length) throws Exception {
        return chunk(offset, bytes, length, sha256(bytes));
    }

    /** A chunk of {@link #file} whose {@code Content-Length} is {@code length}, of which {@code bytes} are sent. */
    private Answer chunk(long offset, byte[] bytes, int length, String checksum) throws Exception {
        return send("PATCH", Endpoints.attachment(sha), device.token(), chunkHeaders(offset, checksum), bytes, length);
    }

    private Map<String, String> chunkHeaders(long offset, String checksum) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", Endpoints.CHUNK_TYPE);
        h.put(Endpoints.UPLOAD_OFFSET, Long.toString(offset));
        h.put(Endpoints.UPLOAD_LENGTH, Integer.toString(file.length));
        h.put(Endpoints.UPLOAD_CHECKSUM, "sha256 " + checksum);
        return h;
    }

    /**
     * Sends one request on its own TLS connection: the head with {@code Content-Length: declared}
     * ({@code -1}: the body's length; {@link #CHUNKED}: none, the body as one HTTP chunk), the body's bytes, then the client's side of the connection
     * closed (TLS close_notify), and reads the answer.
     */
    private Answer send(String method, String path, String token, Map<String, String> headers, byte[] body,
            long declared) throws Exception {
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust(), null);
        try (SSLSocket socket = (SSLSocket) ssl.getSocketFactory().createSocket("localhost", server.port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + server.port
                    + "\r\nConnection: close\r\n");
            if (!headers.containsKey("Content-Type") && body != null) {
                head.append("Content-Type: ").append(Wire.JSON).append("\r\n");
            }
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (token != null) {
                head.append(Endpoints.AUTHORIZATION).append(": Bearer ").append(token).append("\r\n");
            }
            if (body != null && declared == CHUNKED) {
                head.append("Transfer-Encoding: chunked\r\n");
            } else if (body != null) {
                head.append("Content-Length: ").append(declared < 0 ? body.length : declared).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null && declared == CHUNKED) {
                out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } else if (body != null) {
                out.write(body);
            }
            out.flush();
            if (declared >= 0) {
                socket.shutdownOutput(); // the link drops: nothing more will come
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    private javax.net.ssl.TrustManager[] trust() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(server.dataDir.resolve("ca.pem"))) {
            trust.setCertificateEntry("court", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        return tmf.getTrustManagers();
    }

    private static byte[] readAll(InputStream in) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                b.write(buf, 0, n);
            }
        } catch (javax.net.ssl.SSLException | java.net.SocketException closedAfterTheAnswer) {
            // the court closed the connection after its answer without a close_notify of its own
        }
        return b.toByteArray();
    }

    private Answer parse(byte[] raw) throws Exception {
        String text = new String(raw, StandardCharsets.UTF_8);
        assertThat(text).as("an HTTP answer").startsWith("HTTP/1.1 ");
        int status = Integer.parseInt(text.substring(9, 12));
        int bodyAt = text.indexOf("\r\n\r\n");
        String headText = text.substring(0, bodyAt).toLowerCase(java.util.Locale.ROOT);
        String body = text.substring(bodyAt + 4);
        if (headText.contains("transfer-encoding: chunked")) {
            body = unchunk(body);
        }
        if (status == 200) {
            return new Answer(status, null, null, body);
        }
        ErrorBody error = server.mapper.readValue(body, ErrorBody.class);
        return new Answer(status, error.key(), error.message(), body);
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(chunked, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
