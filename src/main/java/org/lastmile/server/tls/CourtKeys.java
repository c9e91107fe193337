package org.lastmile.server.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The keys of a court server's data directory, made once by {@code server init}: a self-signed
 * court CA ({@code ca.pem}, which laptops pin), the server's TLS key and certificate signed by it
 * ({@code server.p12}), and the Ed25519 key that signs receipts ({@code receipt.key}).
 */
public final class CourtKeys {

    public static final String CA = "ca.pem";
    public static final String KEYSTORE = "server.p12";
    public static final String RECEIPT_KEY = "receipt.key";
    public static final String RECEIPT_PUBLIC = "receipt.pub";
    /** The keystore's password: the keystore is protected by the directory's permissions, as the key itself would be. */
    public static final char[] STORE_PASSWORD = "lastmile-court".toCharArray();

    private final Path dir;

    public CourtKeys(Path dir) {
        this.dir = dir;
    }

    public boolean exist() {
        return Files.exists(dir.resolve(CA)) && Files.exists(dir.resolve(KEYSTORE)) && Files.exists(dir.resolve(RECEIPT_KEY));
    }

    /**
     * Makes the CA, the server certificate (for {@code localhost}, the loopback addresses and this
     * host's name) and the receipt key.
     *
     * @return the CA certificate's SHA-256 fingerprint
     */
    public String create() {
        try {
            Files.createDirectories(dir);
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair caKeys = ec.generateKeyPair();
            X500Name caName = new X500Name("CN=LastMile court CA");
            Instant now = Instant.now();
            X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caName, serial(), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), caName, caKeys.getPublic());
            ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            ca.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate caCert = sign(ca, caKeys.getPrivate());

            KeyPair serverKeys = ec.generateKeyPair();
            X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(caName, serial(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(825))),
                    new X500Name("CN=localhost"), serverKeys.getPublic());
            List<GeneralName> names = new ArrayList<>(List.of(new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.iPAddress, "::1")));
            try {
                names.add(new GeneralName(GeneralName.dNSName, InetAddress.getLocalHost().getHostName()));
            } catch (IOException noName) {
                // a host without a resolvable name: loopback only
            }
            server.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names.toArray(GeneralName[]::new)));
            server.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            X509Certificate serverCert = sign(server, caKeys.getPrivate());

            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", serverKeys.getPrivate(), STORE_PASSWORD,
                    new java.security.cert.Certificate[] {serverCert, caCert});
            try (OutputStream out = Files.newOutputStream(dir.resolve(KEYSTORE))) {
                store.store(out, STORE_PASSWORD);
            }
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter w = new JcaPEMWriter(pem)) {
                w.writeObject(caCert);
            }
            Files.writeString(dir.resolve(CA), pem.toString(), StandardCharsets.US_ASCII);

            KeyPair receipt = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.write(dir.resolve(RECEIPT_KEY), receipt.getPrivate().getEncoded());
            Files.writeString(dir.resolve(RECEIPT_PUBLIC),
                    Base64.getEncoder().encodeToString(receipt.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            return fingerprint(caCert);
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("court keys: " + e.getMessage(), e);
        }
    }

    public KeyStore keyStore() {
        try (InputStream in = Files.newInputStream(dir.resolve(KEYSTORE))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, STORE_PASSWORD);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("court keys: " + e.getMessage(), e);
        }
    }

    public PrivateKey receiptKey() {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(dir.resolve(RECEIPT_KEY))));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("court keys: " + e.getMessage(), e);
        }
    }

    /** The receipt public key as enrolment hands it out (base64 X.509). */
    public String receiptPublic() {
        try {
            return Files.readString(dir.resolve(RECEIPT_PUBLIC), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PublicKey receiptPublicKey() {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(
                    new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(receiptPublic())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of a certificate's DER bytes, as colon-separated upper-case hex (what openssl prints). */
    public static String fingerprint(X509Certificate cert) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }

    private static BigInteger serial() {
        return new BigInteger(64, new SecureRandom());
    }
}
