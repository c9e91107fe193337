package org.lastmile.ui.record.sign;

import org.lastmile.service.SigningService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lastmile.domain.record.RecordFixtures.APPLICANT;
import static org.lastmile.domain.record.RecordFixtures.CONTENT;
import static org.lastmile.domain.record.RecordFixtures.OFFICER_1;
import static org.lastmile.domain.record.RecordFixtures.RESPONDENT;
import static org.lastmile.domain.record.RecordFixtures.WITNESS;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordFixtures;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.Stroke;
import org.lastmile.domain.record.StrokePoint;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.domain.record.rules.RecordRule;
import org.lastmile.domain.record.rules.RuleTable;
import org.lastmile.domain.record.rules.Violation;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.store.Hashes;
import org.lastmile.store.json.CanonicalJson;
import org.lastmile.store.json.RecordCodec;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.common.Background;

/** Signing, a fingerprint instead, and refusing, without a screen. */
@ExtendWith(FxThread.class)
class SignatureCaptureViewModelTest {

    static final Instant NOW = Instant.parse("2026-11-24T04:10:00Z");
    static final Place PLACE = Place.named("果洛藏贡麻村");

    final Map<String, byte[]> attachments = new HashMap<>();
    final RecordCodec codec = new RecordCodec(new CanonicalJson());
    final SignatureServices services = new SignatureServices(Clock.fixed(NOW, ZoneOffset.UTC),
            new Background(Runnable::run), new SigningService(codec, this::store), "test laptop", "1.0-test");

    @TempDir
    Path dir;

    private String store(byte[] bytes) {
        String sha = Hashes.sha256(bytes);
        attachments.put(sha, bytes);
        return sha;
    }

    static Participant person(java.util.UUID id) {
        return RecordFixtures.people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    SignatureCaptureViewModel model(java.util.UUID signer) {
        return new SignatureCaptureViewModel(new SignatureRequest(person(signer), RecordFixtures.people(),
                SpokenLanguage.CHINESE, CONTENT, PLACE), services);
    }

    /** The canonical text of {@link #zigzag()}, written by hand (and by Python's json.dumps). */
    static final String ZIGZAG_TEXT = "[[[20,45,0,1],[30,75,16,1],[40,45,32,1],[50,75,48,1],[60,45,64,1],[70,75,80,1],"
            + "[80,45,96,1],[90,75,112,1],[100,45,128,1],[110,75,144,1],[120,45,160,1],[130,75,176,1],[140,45,192,1],"
            + "[150,75,208,1],[160,45,224,1],[170,75,240,1],[180,45,256,1],[190,75,272,1],[200,45,288,1],"
            + "[210,75,304,1]],[[240,40,600,1],[250,90,640,1]]]";
    /** {@code printf %s "$ZIGZAG_TEXT" | sha256sum}. */
    static final String ZIGZAG_SHA256 = "dcabb4ae0d6b38626d8abd1290c0710b4bacc35606f06f781e6fcd67b2b345bd";

    static List<Stroke> zigzag() {
        List<StrokePoint> points = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            points.add(new StrokePoint(20 + 10 * i, 60 + (i % 2 == 0 ? -15 : 15), 16L * i, 1.0));
        }
        return List.of(new Stroke(points), new Stroke(List.of(new StrokePoint(240, 40, 600, 1.0),
                new StrokePoint(250, 90, 640, 1.0))));
    }

    /** The key of a problem, which must be in every bundle. */
    static String key(MessageKeyed problem) {
        if (problem == null) {
            return null;
        }
        for (Language language : Language.values()) {
            assertThat(Messages.of(language).has(problem.messageKey())).as(language + " " + problem).isTrue();
        }
        return problem.messageKey();
    }

    @Test
    void aTibetanSpeakingPartyConfirmsInTibetanThatTheInterpreterReadTheRecordBack() {
        SignatureCaptureViewModel model = model(APPLICANT);
        assertThat(model.readBack().language()).isEqualTo(SpokenLanguage.TIBETAN);
        assertThat(model.confirmationSentence())
                .isEqualTo(Messages.of(Language.TIBETAN).get("signature.confirm.interpreted"))
                .startsWith("གོང་གི་ཟིན་ཐོ་ཡིག་སྒྱུར་བས་བོད་སྐད");
        assertThat(model.readBack().sentence(Messages.of(Language.CHINESE)))
                .isEqualTo("以上笔录已由翻译人员用藏语向我宣读，与我说的相符。");
    }

    @Test
    void aChineseSpeakerOfAChineseRecordReadsItHimselfAndOneOfATibetanRecordHearsItInChinese() {
        assertThat(model(WITNESS).confirmationSentence()).isEqualTo("以上笔录我已看过（或：已向我宣读过），与我说的相符。");
        SignatureCaptureViewModel tibetanRecord = new SignatureCaptureViewModel(new SignatureRequest(person(WITNESS),
                RecordFixtures.people(), SpokenLanguage.TIBETAN, CONTENT, PLACE), services);
        assertThat(tibetanRecord.confirmationSentence()).isEqualTo("以上笔录已由翻译人员用汉语向我宣读，与我说的相符。");
    }

    @Test
    void aPadSignatureKeepsTheStrokesTheirHashTheImageAndEverythingElseDocumentsMdLists() throws Exception {
        SignatureCaptureViewModel model = model(APPLICANT);
        model.padSize(480, 160);
        model.strokes().setAll(zigzag());

        assertThat(model.confirm()).isTrue();
        Signature s = model.signatureProperty().get();

        assertThat(s).isNotNull();
        assertThat(s.kind()).isEqualTo(SignatureKind.PAD);
        assertThat(s.participantId()).isEqualTo(APPLICANT);
        assertThat(s.contentSha256()).isEqualTo(CONTENT);
        assertThat(s.strokes()).isEqualTo(zigzag());
        assertThat(codec.strokesText(zigzag())).as("RFC 8785: [x, y, t, pressure], whole numbers without .0")
                .isEqualTo(ZIGZAG_TEXT);
        assertThat(s.strokesSha256()).as("sha256sum of ZIGZAG_TEXT").isEqualTo(ZIGZAG_SHA256);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(attachments.get(s.imageSha256())));
        assertThat(png.getWidth()).isEqualTo(480);
        assertThat(png.getHeight()).isEqualTo(160);
        assertThat(png.getRGB(20 + 10 * 4, 45) & 0xff).as("ink where the stroke runs").isLessThan(100);
        assertThat(png.getRGB(5, 5) & 0xff).as("paper elsewhere").isEqualTo(255);
        assertThat(s.identityCheck()).isEqualTo("居民身份证");
        assertThat(s.device()).isEqualTo("test laptop; signature pad 480×160");
        assertThat(s.appVersion()).isEqualTo("1.0-test");
        assertThat(s.at()).isEqualTo(NOW);
        assertThat(s.place()).isEqualTo(PLACE);
        assertThat(s.readBackLanguage()).isEqualTo(SpokenLanguage.TIBETAN);
        assertThat(s.confirmation()).isEqualTo(model.confirmationSentence());
        assertThat(s.refusalReason()).isNull();
        assertThat(model.confirmCommand().isExecutable()).as("signed once").isFalse();
    }

    @Test
    void anEmptyPadOrATapIsNotASignature() {
        SignatureCaptureViewModel model = model(OFFICER_1);
        assertThat(model.confirm()).isFalse();
        assertThat(key(model.problemProperty(SignatureField.PAD).get())).isEqualTo("signature.error.padEmpty");

        model.strokes().add(new Stroke(List.of(new StrokePoint(10, 10, 0, 1.0))));
        assertThat(model.confirm()).isFalse();
        assertThat(model.signatureProperty().get()).isNull();
        assertThat(attachments).isEmpty();

        model.strokes().setAll(zigzag());
        assertThat(model.problemProperty(SignatureField.PAD).get()).as("cleared as soon as it holds").isNull();
        assertThat(model.confirm()).isTrue();
        assertThat(model.signatureProperty().get().identityCheck()).as("an officer shows his work card")
                .isEqualTo("工作证");
    }

    @Test
    void aRefusalWithoutAReasonIsRefusedWithTheMessageKeyAtTheReasonField() {
        SignatureCaptureViewModel model = model(RESPONDENT);
        model.kindProperty().set(SignatureKind.REFUSED);
        model.witnessProperty().set(person(WITNESS));
        model.refusalReasonProperty().set("   ");

        assertThat(model.confirm()).isFalse();

        assertThat(key(model.problemProperty(SignatureField.REFUSAL_REASON).get()))
                .isEqualTo("signature.error.reasonRequired");
        assertThat(model.problemProperty(SignatureField.REFUSAL_WITNESS).get()).isNull();
        assertThat(model.problemProperty(SignatureField.PAD).get()).as("the pad is not asked for").isNull();
        assertThat(model.signatureProperty().get()).isNull();
    }

    @Test
    void aRefusalNeedsAWitnessAmongThosepresent() {
        SignatureCaptureViewModel model = model(RESPONDENT);
        model.kindProperty().set(SignatureKind.REFUSED);
        model.refusalReasonProperty().set("认为地界不公平");
        assertThat(model.witnessChoices()).extracting(Participant::id).doesNotContain(RESPONDENT).contains(WITNESS);

        assertThat(model.confirm()).isFalse();
        assertThat(key(model.problemProperty(SignatureField.REFUSAL_WITNESS).get()))
                .isEqualTo("signature.error.witnessRequired");

        model.witnessProperty().set(person(RESPONDENT));
        assertThat(model.confirm()).as("the signer cannot witness his own refusal").isFalse();

        model.witnessProperty().set(person(WITNESS));
        assertThat(model.problemProperty(SignatureField.REFUSAL_WITNESS).get()).isNull();
        assertThat(model.confirm()).isTrue();
        Signature s = model.signatureProperty().get();
        assertThat(s.kind()).isEqualTo(SignatureKind.REFUSED);
        assertThat(s.refusalReason()).isEqualTo("认为地界不公平");
        assertThat(s.refusalWitnessId()).isEqualTo(WITNESS);
        assertThat(s.strokes()).isEmpty();
        assertThat(s.imageSha256()).isNull();
        assertThat(s.confirmation()).as("a refusal confirms nothing").isNull();
        assertThat(attachments).isEmpty();
    }

    @Test
    void aFingerprintPhotoIsHandedToTheCallersFunctionAndItsHashKept() throws Exception {
        SignatureCaptureViewModel model = model(APPLICANT);
        model.kindProperty().set(SignatureKind.FINGERPRINT);
        assertThat(model.confirm()).isFalse();
        assertThat(key(model.problemProperty(SignatureField.FINGERPRINT).get()))
                .isEqualTo("signature.error.fingerprintMissing");

        byte[] photo = {(byte) 0xff, (byte) 0xd8, 1, 2, 3, 4};
        Path file = Files.write(dir.resolve("thumb.jpg"), photo);
        model.useFingerprint(file);
        assertThat(model.fingerprintSha256Property().get()).isEqualTo(Hashes.sha256(photo));
        assertThat(model.problemProperty(SignatureField.FINGERPRINT).get()).isNull();

        assertThat(model.confirm()).isTrue();
        Signature s = model.signatureProperty().get();
        assertThat(s.kind()).isEqualTo(SignatureKind.FINGERPRINT);
        assertThat(s.imageSha256()).isEqualTo(Hashes.sha256(photo));
        assertThat(attachments.get(s.imageSha256())).isEqualTo(photo);
        assertThat(s.strokes()).isEmpty();
        assertThat(s.strokesSha256()).isNull();
        assertThat(s.confirmation()).isEqualTo(model.confirmationSentence());
    }

    @Test
    void aPhotoTheStoreRefusesIsShownAtTheFingerprintField() throws Exception {
        SignatureServices refusing = new SignatureServices(services.clock(), services.background(), new SigningService(codec, bytes -> {
            throw new LocalizedException("attachment.error.notAnImage", "thumb.txt");
        }), "test laptop", "1.0-test");
        SignatureCaptureViewModel model = new SignatureCaptureViewModel(new SignatureRequest(person(APPLICANT),
                RecordFixtures.people(), SpokenLanguage.CHINESE, CONTENT, PLACE), refusing);
        model.kindProperty().set(SignatureKind.FINGERPRINT);
        model.useFingerprint(Files.writeString(dir.resolve("thumb.txt"), "not a photo"));

        assertThat(key(model.problemProperty(SignatureField.FINGERPRINT).get())).isEqualTo("attachment.error.notAnImage");
        assertThat(model.confirm()).isFalse();
        assertThat(key(model.problemProperty(SignatureField.FINGERPRINT).get()))
                .as("the reason stays until another photo is chosen").isEqualTo("attachment.error.notAnImage");
        model.useFingerprint(dir.resolve("missing.jpg"));
        assertThat(key(model.problemProperty(SignatureField.FINGERPRINT).get()))
                .isEqualTo("signature.error.fingerprintUnreadable");
    }

    @Test
    void signaturesMadeHereSatisfyTheRecordRules() {
        SiteRecord draft = SiteRecord.start(RecordFixtures.id("record"), RecordFixtures.id("case"),
                        RecordType.LAND_HANDOVER, SpokenLanguage.CHINESE, RecordFixtures.START, PLACE)
                .edit().participants(RecordFixtures.people())
                .details(new org.lastmile.domain.record.RecordDetails.LandHandover(RecordFixtures.land()))
                .endedAt(RecordFixtures.START.plusSeconds(7200)).build();
        List<Signature> signatures = new ArrayList<>();
        for (Participant p : draft.participants()) {
            SignatureCaptureViewModel model = new SignatureCaptureViewModel(SignatureRequest.of(draft, p, CONTENT),
                    services);
            if (p.id().equals(RESPONDENT)) {
                model.kindProperty().set(SignatureKind.REFUSED);
                model.refusalReasonProperty().set("认为地界不公平");
                model.witnessProperty().set(person(WITNESS));
            } else {
                model.padSize(480, 160);
                model.strokes().setAll(zigzag());
            }
            assertThat(model.confirm()).isTrue();
            signatures.add(model.signatureProperty().get());
        }
        SiteRecord signed = draft.edit().signatures(signatures).build();
        List<RecordRule> broken = new RecordChecker(RuleTable.defaults(), java.time.ZoneId.of("Asia/Shanghai"))
                .check(signed, CONTENT).stream().map(Violation::rule).toList();
        assertThat(broken).isEmpty();
        assertThat(codec.read(codec.write(signed)).signatures()).as("and survive the canonical JSON")
                .isEqualTo(signatures);
    }

    @Test
    void howIdentityWasCheckedIsRequired() {
        SignatureCaptureViewModel model = model(APPLICANT);
        model.strokes().setAll(zigzag());
        model.identityCheckProperty().set(null);
        assertThat(model.confirm()).isFalse();
        assertThat(key(model.problemProperty(SignatureField.IDENTITY_CHECK).get()))
                .isEqualTo("signature.error.identityRequired");
        model.identityCheckProperty().set(IdentityCheck.VOUCHED_BY_COMMITTEE);
        assertThat(model.confirm()).isTrue();
        assertThat(model.signatureProperty().get().identityCheck()).isEqualTo("村（牧）委会代表指认");
    }
}
