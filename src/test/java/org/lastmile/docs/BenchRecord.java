package org.lastmile.docs;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.TranscriptEntry;
import org.lastmile.domain.record.seal.StoredRecord;

/**
 * The benchmark document: a sealed bilingual record of about twelve pages with eight pad
 * signatures (an image each) and a site sketch page, made from domain objects.
 */
final class BenchRecord {

    static final Instant START = Instant.parse("2026-11-26T02:00:00Z");

    private BenchRecord() {
    }

    static RecordDocument document(int entries) {
        Random random = new Random(15);
        ParticipantRole[] roles = {ParticipantRole.OFFICER, ParticipantRole.OFFICER, ParticipantRole.CLERK,
                ParticipantRole.INTERPRETER, ParticipantRole.PARTY, ParticipantRole.PARTY, ParticipantRole.AGENT,
                ParticipantRole.COMMITTEE_REPRESENTATIVE};
        String[] zh = {"更登", "李卫东", "王海", "卓玛草", "扎西东珠", "才让加", "索南", "桑杰"};
        String[] bo = {"དགེ་འདུན", null, null, "སྒྲོལ་མ་མཚོ", "བཀྲ་ཤིས་དོན་གྲུབ", "ཚེ་རིང་རྒྱལ", "བསོད་ནམས", "སངས་རྒྱས"};
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            people.add(new Participant(UUID.randomUUID(), roles[i], zh[i], bo[i], null,
                    bo[i] == null ? SpokenLanguage.CHINESE : SpokenLanguage.TIBETAN, null, null, true, null, null));
        }
        List<TranscriptEntry> transcript = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            Participant speaker = people.get(i % 2 == 0 ? 0 : 4 + i % 3);
            transcript.add(new TranscriptEntry(UUID.randomUUID(), speaker.id(), SpokenLanguage.TIBETAN,
                    "ས་ཞིང་གི་ས་མཚམས་དང་ཚད་འཇལ་གྱི་འབྲས་བུར་ང་མོས་མཐུན་ཡིན། ས་ཞིང་ལེན་རྒྱུ་ཡིན། བཀྲ་ཤིས་བདེ་ལེགས།",
                    "我对地界和测量结果没有异议，同意接收土地。地界从村道起，向东到尕藏卓玛承包地，界桩已经埋好。",
                    null, START.plusSeconds(60L * i)));
        }
        Map<String, byte[]> images = new HashMap<>();
        List<Signature> signatures = new ArrayList<>();
        for (Participant p : people) {
            byte[] png = signatureImage(random);
            String sha = PdfSealCheck.sha256(p.id().toString());
            images.put(sha, png);
            signatures.add(new Signature(UUID.randomUUID(), p.id(), SignatureKind.PAD, "0".repeat(64), List.of(), null,
                    sha, null, null, null, START.plusSeconds(7000), Place.named("刚察县"), SpokenLanguage.TIBETAN,
                    null, null, null));
        }
        SiteRecord r = SiteRecord.start(UUID.randomUUID(), RecordType.ENFORCEMENT, SpokenLanguage.CHINESE, START,
                Place.named("刚察县沙柳河镇果洛藏贡麻村")).edit().participants(people).transcript(transcript)
                .signatures(signatures).endedAt(START.plusSeconds(7200)).build();
        String canonical = "{\"record\":\"" + "x".repeat(20_000) + "\"}";
        StoredRecord stored = new StoredRecord(r, true, PdfSealCheck.sha256(canonical), START.plusSeconds(7300), 2);
        return new RecordDocument(stored, "刚察县人民法院", "ཀང་ཚ་རྫོང་མི་དམངས་ཁྲིམས་ཁང་", "(2026)青2224执218号",
                ZoneId.of("Asia/Shanghai"), images, null, canonical, BenchRecord::sketch);
    }

    /** A stand-in for the site sketch (issue 12 draws the real one): a parcel, its cut and labels. */
    static void sketch(Graphics2D g, float width, float height) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.2f));
        Path2D parcel = new Path2D.Float();
        parcel.moveTo(40, 60);
        parcel.lineTo(width - 30, 80);
        parcel.lineTo(width - 60, height - 120);
        parcel.lineTo(60, height - 90);
        parcel.closePath();
        g.draw(parcel);
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4, new float[] {6, 4}, 0));
        g.drawLine((int) (width / 2), 70, (int) (width / 2) - 20, (int) height - 100);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10));
        g.drawString("J1", 30, 55);
        g.drawString("J2", width - 40, 75);
        g.drawString("N ↑", width - 40, 20);
    }

    private static byte[] signatureImage(Random random) {
        BufferedImage image = new BufferedImage(360, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        Path2D path = new Path2D.Float();
        path.moveTo(20, 60);
        for (int i = 1; i < 30; i++) {
            path.lineTo(20 + i * 11, 20 + random.nextInt(80));
        }
        g.draw(path);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
