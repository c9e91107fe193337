package org.lastmile.store.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.record.seal.SealCheck;
import org.lastmile.store.open.Store;
import org.lastmile.store.TestStores;

/**
 * The golden sealed records (src/test/resources/golden) stored as a sealed row in a real store:
 * both the RFC 8785 record and the one sealed in the form before it verify, with every signature
 * matching; one changed value whose seal is forged to match is still caught by the signatures.
 */
class GoldenSealTest {

    static final UUID RECORD = UUID.nameUUIDFromBytes("golden-record".getBytes(StandardCharsets.UTF_8));
    static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");

    @TempDir
    Path dir;

    static String golden(String name) throws IOException {
        try (InputStream in = GoldenSealTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Stores {@code doc} as a sealed row, with the photo it refers to, and verifies it. */
    SealCheck storedAndVerified(String doc, String seal) {
        try (Store store = TestStores.open(dir, true)) {
            store.blobs().put(new ByteArrayInputStream("LastMile golden photo\n".getBytes(StandardCharsets.UTF_8)));
            store.database().transaction(tx -> {
                try (PreparedStatement s = tx.connection().prepareStatement("INSERT INTO records (id, case_id, type,"
                        + " state, doc, seal_sha256, sealed_at, version, updated_at)"
                        + " VALUES (?, ?, 'LAND_HANDOVER', 'sealed', ?, ?, '2026-11-24T04:00:00Z', 2, '2026-11-24T04:00:00Z')")) {
                    s.setString(1, RECORD.toString());
                    s.setString(2, FARMLAND.toString());
                    s.setString(3, doc);
                    s.setString(4, seal);
                    s.executeUpdate();
                }
                return null;
            });
            return store.records().verify(RECORD);
        }
    }

    /** The RFC 8785 record, and the same record sealed in the form before it. */
    @ParameterizedTest
    @ValueSource(strings = {"record-handover.sealed.json", "record-handover.legacy.sealed.json"})
    void theGoldenSealedRecordVerifiesWithEverySignature(String file) throws Exception {
        String doc = golden(file);
        SealCheck check = storedAndVerified(doc, sha256(doc));
        assertThat(check.problems()).isEmpty();
        assertThat(check.intact()).isTrue();
    }

    @Test
    void aChangedValueUnderAForgedSealBreaksEverySignature() throws Exception {
        String doc = golden("record-handover.legacy.sealed.json").replace("\"quantity\":6.60", "\"quantity\":6.70");
        SealCheck check = storedAndVerified(doc, sha256(doc));
        assertThat(check.problems()).extracting(MessageKeyed::messageKey)
                .containsExactly("record.verify.signature", "record.verify.signature");
    }
}
