package org.lastmile.sync;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.lastmile.common.LocalizedException;

/**
 * TLS that trusts the court CA and nothing else (not the system's CAs): a laptop on a hotel or
 * village network cannot be shown another server, whoever signed its certificate.
 */
public final class CourtTls {

    private CourtTls() {
    }

    /**
     * @param caPem the court CA certificate (PEM, as {@code S/ca.pem})
     * @throws LocalizedException {@code sync.error.ca} when it holds no certificate
     */
    public static SSLContext context(String caPem) {
        try {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(caPem.getBytes(StandardCharsets.US_ASCII)));
            if (certs.isEmpty()) {
                throw new LocalizedException("sync.error.ca");
            }
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (Certificate c : certs) {
                trust.setCertificateEntry("court-ca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
            if (e instanceof LocalizedException l) {
                throw l;
            }
            throw new LocalizedException(e, "sync.error.ca");
        }
    }

    /** An HTTP client for the court: pinned CA, a connect timeout, HTTP/1.1 (one stream per request). */
    public static HttpClient client(String caPem, Duration connectTimeout) {
        return HttpClient.newBuilder()
                .sslContext(context(caPem))
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
