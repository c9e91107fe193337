package org.lastmile.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lastmile.domain.court.CourtTable;

/**
 * The bytes a seal covers, pinned: the codecs write the golden record and the golden case byte for
 * byte as src/test/resources/golden holds them, whose SHA-256 sha256sum recorded in SHA256SUMS and
 * whose RFC 8785 form an independent serializer (golden/jcs_check.py) confirms. If any of these
 * fails, records sealed from now on would no longer match those sealed before: change the
 * encoding only on purpose, with a new form beside the old one (docs/records.md).
 */
class GoldenFilesTest {

    /** The SHA-256 of the content as sha256sum gives it (SHA256SUMS), which the signatures carry. */
    static final String CONTENT_SHA256 = "68b7220baa9d7b6dae9bb3e1645b326d3135934d77217d25a83ef708b614cde4";
    static final String LEGACY_CONTENT_SHA256 = "f1967773a821c5c93d6677121e96ac69e95515231d0fadb2d4d3f9fbfbcc06f8";

    final RecordCodec records = new RecordCodec(new CanonicalJson());
    final CaseCodec cases = new CaseCodec(new CanonicalJson(), CourtTable.shipped());

    static byte[] golden(String name) {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(golden(name), StandardCharsets.UTF_8);
    }

    /** File name to SHA-256 as {@code sha256sum *.json > SHA256SUMS} wrote them. */
    static Map<String, String> sums() {
        Map<String, String> sums = new HashMap<>();
        for (String line : text("SHA256SUMS").split("\n")) {
            sums.put(line.substring(66), line.substring(0, 64));
        }
        return sums;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theGoldenFilesAreTheBytesSha256sumHashed() throws Exception {
        Map<String, String> sums = sums();
        assertThat(sums).hasSize(6);
        for (var sum : sums.entrySet()) {
            assertThat(sha256(golden(sum.getKey()))).as(sum.getKey()).isEqualTo(sum.getValue());
        }
        assertThat(sums).containsEntry("record-handover.content.json", CONTENT_SHA256)
                .containsEntry("record-handover.legacy.content.json", LEGACY_CONTENT_SHA256);
    }

    @Test
    void theRecordCodecWritesTheGoldenRecordByteForByte() {
        assertThat(records.content(GoldenRecord.draft()).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(golden("record-handover.content.json"));
        assertThat(records.write(GoldenRecord.signed(CONTENT_SHA256)).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(golden("record-handover.sealed.json"));
        assertThat(records.content(GoldenRecord.signed(CONTENT_SHA256))).as("signatures are not content")
                .isEqualTo(text("record-handover.content.json"));
    }

    @Test
    void readingTheGoldenRecordAndWritingItAgainGivesTheSameBytes() {
        String sealed = text("record-handover.sealed.json");
        assertThat(records.write(records.read(sealed))).isEqualTo(sealed);
        assertThat(records.storedContent(sealed)).isEqualTo(text("record-handover.content.json"));
    }

    /** Records sealed before RFC 8785 keep verifying: their signatures were made over the old form. */
    @Test
    void aRecordSealedInTheFormBeforeRfc8785GivesTheContentItsSignatoriesSaw() {
        RecordCodec legacy = new RecordCodec(CanonicalJson.legacy());
        String sealed = text("record-handover.legacy.sealed.json");
        assertThat(legacy.write(GoldenRecord.signed(LEGACY_CONTENT_SHA256))).as("the old form, frozen").isEqualTo(sealed);
        assertThat(legacy.content(GoldenRecord.draft())).isEqualTo(text("record-handover.legacy.content.json"));
        assertThat(new CanonicalJson().isCanonical(sealed)).isFalse();
        assertThat(records.storedContent(sealed)).isEqualTo(text("record-handover.legacy.content.json"));
    }

    @Test
    void theCaseCodecWritesTheGoldenCaseByteForByte() {
        CanonicalJson json = new CanonicalJson();
        String canonical = text("case-farmland.canonical.json");
        assertThat(cases.write(cases.fromJson(json.read(text("case-farmland.input.json"))))).isEqualTo(canonical);
        assertThat(cases.write(cases.read(canonical))).isEqualTo(canonical);
    }
}
