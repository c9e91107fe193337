package org.lastmile.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.sync.protocol.EnrolAnswer;
import org.lastmile.sync.protocol.EnrolRequest;
import org.lastmile.sync.protocol.Endpoints;
import org.lastmile.sync.protocol.Wire;

/**
 * A real court server on a loopback port over real TLS, and a real HTTP client that trusts only
 * the court CA that {@code server init} made.
 */
final class ServerHarness implements AutoCloseable {

    final Path dataDir;
    final CourtServer server;
    final int port;
    final HttpClient http;
    final ObjectMapper mapper = Wire.mapper();

    ServerHarness(Path dataDir, String dbUrl, boolean init) throws Exception {
        this.dataDir = dataDir;
        if (init) {
            CourtServer.init(dataDir, dbUrl);
        }
        this.server = CourtServer.open(dataDir, dbUrl, Clock.systemUTC());
        this.port = server.start("127.0.0.1", 0, Messages.of(Language.ENGLISH));
        this.http = client(dataDir.resolve("ca.pem"));
    }

    static HttpClient client(Path caPem) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(caPem)) {
            trust.setCertificateEntry("court", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_1_1).build();
    }

    URI uri(String path) {
        return URI.create("https://localhost:" + port + path);
    }

    EnrolAnswer enrol(String officerId) throws Exception {
        String code = server.enrolment().newCode(officerId, null);
        HttpResponse<byte[]> r = send("POST", Endpoints.ENROL, null, Wire.write(mapper, new EnrolRequest(code, "test")));
        if (r.statusCode() != 200) {
            throw new AssertionError(new String(r.body()));
        }
        return mapper.readValue(r.body(), EnrolAnswer.class);
    }

    HttpResponse<byte[]> send(String method, String path, String token, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", Wire.JSON);
        if (token != null) {
            b.header(Endpoints.AUTHORIZATION, "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    <T> T json(HttpResponse<byte[]> r, Class<T> type) throws Exception {
        if (r.statusCode() != 200) {
            throw new AssertionError(r.statusCode() + " " + new String(r.body()));
        }
        return mapper.readValue(r.body(), type);
    }

    @Override
    public void close() {
        server.close();
    }
}
