package org.lastmile.ui.record.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.Messages;
import org.lastmile.i18n.tibetan.Wylie;
import org.lastmile.store.Database;
import org.lastmile.store.SqliteFiles;
import org.lastmile.store.open.Store;
import org.lastmile.store.TestStores;
import org.lastmile.domain.record.seal.SealCheck;
import org.lastmile.domain.record.seal.SealCode;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ControlStrings;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.controls.WrappingText;
import org.lastmile.ui.controls.WylieInput;

/** The seal badge of the demo's sealed land hand-over, verified and after one byte changed. */
@ExtendWith(FxThread.class)
class SealBadgeTest {

    static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");

    @TempDir
    Path dir;
    LocaleService locale;
    ViewContext ui;
    final SealTexts texts = new SealTexts(TestStores.ZONE);

    @BeforeEach
    void setUp() {
        locale = new LocaleService(Language.CHINESE);
        TibetanFonts fonts = TibetanFonts.load();
        ui = new ViewContext(locale, fonts, new ControlStrings(locale),
                () -> new WylieInput(new Wylie(), fonts, new SimpleBooleanProperty(false)));
    }

    private static StoredRecord demoRecord(Store store) {
        return store.records().byCase(FARMLAND).get(0);
    }

    private static Label label(SealBadge badge, String id) {
        return (Label) badge.node().lookup(id);
    }

    private static String check(SealBadge badge) {
        return ((WrappingText) badge.node().lookup("#seal-check")).getText();
    }

    /** The SHA-256 of the sealed row's bytes, read from the SQLite file with plain JDBC. */
    private String sha256OfStoredBytes(UUID record) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
                var s = c.prepareStatement("SELECT doc FROM records WHERE id = ?")) {
            s.setString(1, record.toString());
            try (var r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(r.getString(1).getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    /**
     * The first 40 bits in Crockford's base 32 (crockford.com/base32.html), as {@code XXXX-XXXX}:
     * Java's radix-32 digits 0–9a–v mapped onto Crockford's alphabet.
     */
    static String crockford40(String sha256) {
        String radix32 = String.format("%8s", new BigInteger(sha256.substring(0, 10), 16).toString(32)).replace(' ', '0');
        StringBuilder code = new StringBuilder();
        for (char c : radix32.toCharArray()) {
            code.append("0123456789ABCDEFGHJKMNPQRSTVWXYZ".charAt(Character.digit(c, 32)));
        }
        return code.insert(4, '-').toString();
    }

    /** FIPS 180-2's example: SHA-256("abc") = ba7816bf 8f…, whose first 40 bits are Q9W1-DFWF by hand. */
    @Test
    void theCodeOfAKnownHash() {
        assertThat(SealCode.of("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")).isEqualTo("Q9W1-DFWF");
        assertThat(crockford40("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")).isEqualTo("Q9W1-DFWF");
    }

    @Test
    void showsTheCodeTheQrWhenAndWhoAndThatItWasVerified() throws Exception {
        SealBadge badge = new SealBadge(ui, texts);
        StoredRecord sealed;
        SealCheck verified;
        try (Store store = TestStores.open(dir, true)) {
            sealed = demoRecord(store);
            verified = store.records().verify(sealed.record().id());
        }
        assertThat(sealed.sealed()).isTrue();
        badge.sealProperty().set(SealInfo.of(sealed, "更登"));
        assertThat(check(badge)).isEqualTo("尚未核验");
        badge.checkProperty().set(verified);

        String seal = sha256OfStoredBytes(sealed.record().id());
        assertThat(label(badge, "#seal-code").getText()).isEqualTo(crockford40(seal))
                .matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(QrImageTest.decode((WritableImage) badge.qrView().getImage()))
                .isEqualTo("LASTMILE-SEAL:1:" + sealed.record().id() + ":" + seal);
        assertThat(badge.qrView().isSmooth()).isFalse();
        assertThat(((WrappingText) badge.node().lookup("#seal-sealed")).getText()).isEqualTo("2026年11月26日 11:00 由更登封存");
        assertThat(check(badge)).isEqualTo("已核验：与封存时一致");
        assertThat(badge.node().lookup("#seal-check").getStyleClass()).contains("intact");

        locale.setLanguage(Language.TIBETAN);
        assertThat(((WrappingText) badge.node().lookup("#seal-sealed")).getText())
                .isEqualTo("སྤྱི་ལོ་2026 ཟླ་བ་བཅུ་གཅིག་པའི་ཚེས་26 ཆུ་ཚོད་ 11:00 ལ་ 更登 ཡིས་ཐེལ་རྒྱབ།");
        assertThat(check(badge)).isEqualTo("ར་སྤྲོད་བྱས་ཟིན། ཐེལ་རྒྱབ་སྐབས་དང་མཐུན།");
    }

    @Test
    void namesTheFieldThatChangedAfterOneByteOfTheStoredRecordChanged() throws Exception {
        StoredRecord sealed;
        try (Store store = TestStores.open(dir, true)) {
            sealed = demoRecord(store);
        }
        SqliteFiles.replaceInTable(dir.resolve(Database.FILE_NAME), "records", "\"area_m2\":4400", "\"area_m2\":4409");
        SealCheck changed;
        try (Store store = TestStores.open(dir, true)) {
            changed = store.records().verify(sealed.record().id());
        }
        SealBadge badge = new SealBadge(ui, texts);
        badge.sealProperty().set(SealInfo.of(sealed, "更登"));
        badge.checkProperty().set(changed);

        assertThat(check(badge)).isEqualTo("封存后的笔录被改动：面积（平方米）");
        assertThat(badge.node().lookup("#seal-check").getStyleClass()).contains("changed").doesNotContain("intact");
        locale.setLanguage(Language.ENGLISH);
        assertThat(check(badge)).isEqualTo("The sealed record was changed: Area (m²)");
        locale.setLanguage(Language.TIBETAN);
        assertThat(check(badge)).doesNotContain("area_m2").contains("རྒྱ་ཁྱོན།");
    }

    @Test
    void everyLineInEveryLanguage() {
        SealInfo seal = new SealInfo(UUID.randomUUID(), "0".repeat(64), Instant.parse("2026-11-24T04:10:00Z"),
                "卓玛草");
        SealCheck two = new SealCheck(java.util.List.of(new SealCheck.Problem("record.verify.attachment", "a.jpg", "ab"),
                new SealCheck.Problem("record.verify.signatureImage", "桑杰")));
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            assertThat(texts.sealed(m, seal)).contains("12:10").contains("卓玛草").doesNotContain("!");
            assertThat(texts.check(m, two).split("\n")).hasSize(2);
        }
        assertThat(texts.sealed(Messages.of(Language.ENGLISH), seal))
                .isEqualTo("Sealed on November 24, 2026 at 12:10 by 卓玛草");
        assertThat(seal.code()).isEqualTo("0000-0000");
    }

    /**
     * In the record's side column in Tibetan the texts beside the QR had 68 px: the code showed as
     * "R48..." and the sealing time one syllable per line. Narrow, the texts go under the QR and the
     * code shows whole; wide, they stay beside it.
     */
    @Test
    void theCodeShowsWholeInANarrowColumnInEveryLanguage() {
        SealInfo seal = new SealInfo(UUID.randomUUID(), "f".repeat(64), Instant.parse("2026-11-24T04:10:00Z"), "卓玛草");
        for (Language language : Language.values()) {
            locale.setLanguage(language);
            for (double width : new double[] {238, 600}) {
                SealBadge badge = new SealBadge(ui, texts);
                badge.sealProperty().set(seal);
                javafx.scene.layout.VBox column = new javafx.scene.layout.VBox(badge.node());
                column.setFillWidth(true);
                javafx.scene.Scene scene = new javafx.scene.Scene(column, width, 900);
                scene.getStylesheets().add(ui.fonts().stylesheet());
                org.lastmile.ui.controls.ScriptStyle.applyLanguage(column, language);
                column.applyCss();
                column.layout();

                Label code = label(badge, "#seal-code");
                javafx.scene.Node drawn = code.lookup(".text");
                assertThat(((javafx.scene.text.Text) drawn).getText()).as("the code drawn, %s at %s px", language, width)
                        .isEqualTo(seal.code());
                javafx.geometry.Bounds qr = badge.qrView().localToScene(badge.qrView().getLayoutBounds());
                javafx.geometry.Bounds text = code.localToScene(code.getLayoutBounds());
                assertThat(text.getMaxX()).as("the code inside the column, %s at %s px", language, width)
                        .isLessThanOrEqualTo(width);
                if (width > 500) {
                    assertThat(text.getMinX()).as("beside the QR at %s px", width).isGreaterThan(qr.getMaxX());
                } else {
                    assertThat(text.getMinY()).as("under the QR at %s px", width).isGreaterThan(qr.getMaxY());
                }
            }
        }
    }
}
