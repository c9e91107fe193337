package org.lastmile.server.office;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.server.store.Device;
import org.lastmile.server.store.Devices;
import org.lastmile.server.store.Refusal;
import org.lastmile.server.store.ServerDb;
import org.lastmile.store.Hashes;
import org.lastmile.sync.protocol.EnrolAnswer;
import org.lastmile.sync.protocol.EnrolRequest;

/**
 * Device enrolment: the office makes a one-time code for an officer; the laptop trades it for a
 * device id and a secret token. The server keeps only hashes of codes and tokens.
 */
public final class Enrolment {

    /** Crockford-like alphabet without look-alikes (0/O, 1/I/L), easy to read out on the phone. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final ServerDb db;
    private final Clock clock;
    private final String receiptKey;
    private final SecureRandom random = new SecureRandom();

    public Enrolment(ServerDb db, Clock clock, String receiptKey) {
        this.db = db;
        this.clock = clock;
        this.receiptKey = receiptKey;
    }

    /** A new one-time code {@code XXXX-XXXX-XXXX} for an officer (court {@code null}: not known). */
    public String newCode(String officerId, String courtCode) {
        if (officerId == null || officerId.isBlank() || officerId.length() > 64 || officerId.contains(",")) {
            throw new Refusal(400, "server.enrol.error.officer", String.valueOf(officerId));
        }
        String officer = canonicalOfficer(officerId.trim());
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String text = code.toString();
        db.transaction(c -> {
            Devices.addCode(c, Hashes.sha256(text), officer, courtCode, clock.instant());
            return null;
        });
        return text;
    }

    /**
     * An officer id as cases, records and officers carry it: a UUID in its canonical lower-case
     * form. The office may type or paste it in capitals; kept as typed, the device's officer never
     * equalled the one in the cases' assignment (the feed's match, exact in PostgreSQL, and the
     * push's "assigned to the case" check), so an enrolled laptop saw no assigned case and could
     * send nothing for one.
     */
    static String canonicalOfficer(String officerId) {
        try {
            return UUID.fromString(officerId).toString();
        } catch (IllegalArgumentException notAUuid) {
            return officerId;
        }
    }

    /**
     * Enrols a laptop.
     *
     * @throws Refusal 401 {@code server.enrol.error.code} for an unknown or used code
     */
    public EnrolAnswer enrol(EnrolRequest request) {
        String code = request.code().trim().toUpperCase(java.util.Locale.ROOT);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        return db.transaction(c -> {
            String officer = Devices.useCode(c, Hashes.sha256(code), clock.instant())
                    .orElseThrow(() -> new Refusal(401, "server.enrol.error.code"));
            Devices.add(c, id, officer, request.deviceName(), Hashes.sha256(token), clock.instant());
            Device d = Devices.byId(c, id).orElseThrow();
            return new EnrolAnswer(id, token, officer, d.courtCode() == null ? "-" : d.courtCode(), receiptKey);
        });
    }

    /** The device a bearer token belongs to, unless it is unknown or revoked. */
    public Device authenticate(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new Refusal(401, "server.auth.error.token");
        }
        String token = authorization.substring("Bearer ".length()).trim();
        Optional<Device> device = db.read(c -> Devices.byToken(c, Hashes.sha256(token)));
        Device d = device.orElseThrow(() -> new Refusal(401, "server.auth.error.token"));
        if (d.revoked()) {
            throw new Refusal(401, "server.auth.error.revoked", d.id());
        }
        return d;
    }

    /** @return false when there is no such device */
    public boolean revoke(UUID device) {
        return db.transaction(c -> Devices.revoke(c, device, clock.instant()));
    }
}
