package org.lastmile.docs;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.TranscriptEntry;
import org.lastmile.i18n.Messages;

/**
 * The words of a record's document, before layout: the common header (time, place, who was
 * present), the transcript (original and translation), the sections of its kind
 * ({@link KindSections}), the closing confirmation and the signatures. Where the document is
 * bilingual, each Tibetan line comes above its Chinese line.
 */
final class RecordContent implements PrintedDocument {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Set<ParticipantRole> COURT_STAFF =
            Set.of(ParticipantRole.OFFICER, ParticipantRole.CLERK, ParticipantRole.BAILIFF);

    private final RecordDocument doc;
    private final DocumentLanguage language;
    private final Bilingual text;
    private final Messages zh;
    private final Messages bo;

    RecordContent(RecordDocument doc, Bilingual text) {
        this.doc = doc;
        this.text = text;
        this.language = text.language();
        this.zh = text.zh();
        this.bo = text.bo();
    }

    private SiteRecord record() {
        return doc.stored().record();
    }

    @Override
    public List<TextLine> title() {
        return Heading.of(doc, text, record().type().messageKey());
    }

    @Override
    public List<String> body() {
        KindSections sections = new KindSections(record(), text, doc.zone(), doc.caseNumber());
        List<String> out = new ArrayList<>(present());
        out.addAll(sections.ofKind());
        out.addAll(transcript());
        out.addAll(sections.common());
        out.addAll(closing());
        out.addAll(signatures());
        return out;
    }

    /** Time, place, who was present. */
    List<String> present() {
        SiteRecord r = record();
        List<String> out = new ArrayList<>();
        String end = r.endedAt() == null ? "—" : time(r.endedAt());
        out.addAll(both("docs.record.time", time(r.startedAt()), end));
        out.addAll(both("docs.record.place", r.place().name() == null ? "—" : r.place().name()));
        for (ParticipantRole role : ParticipantRole.values()) {
            List<Participant> people = r.participants(role);
            if (people.isEmpty()) {
                continue;
            }
            if (language.showsTibetan()) {
                out.add(bo.get("docs.record.present", bo.get(role.messageKey()), names(people, true)));
            }
            if (language.showsChinese()) {
                out.add(zh.get("docs.record.present", zh.get(role.messageKey()), names(people, false)));
            }
        }
        return out;
    }

    /** What was said, original and translation. */
    List<String> transcript() {
        SiteRecord r = record();
        List<String> out = new ArrayList<>();
        if (!r.transcript().isEmpty()) {
            out.addAll(both("docs.record.transcript"));
            for (TranscriptEntry t : r.transcript()) {
                out.addAll(entry(t));
            }
        }
        return out;
    }

    private List<String> entry(TranscriptEntry t) {
        SiteRecord r = record();
        Participant speaker = r.participant(t.speakerId()).orElse(null);
        String tibetan = t.language() == SpokenLanguage.TIBETAN ? t.original() : t.translation();
        String chinese = t.language() == SpokenLanguage.CHINESE ? t.original() : t.translation();
        List<String> out = new ArrayList<>();
        if (language.showsTibetan() && tibetan != null) {
            out.add(bo.get("docs.record.said", speakerLabel(speaker, true), tibetan));
        }
        if ((language.showsChinese() || tibetan == null) && chinese != null) {
            out.add(zh.get("docs.record.said", speakerLabel(speaker, false), chinese));
        }
        if (out.isEmpty()) {
            out.add(zh.get("docs.record.said", speakerLabel(speaker, false), t.original()));
        }
        return out;
    }

    private String speakerLabel(Participant p, boolean tibetan) {
        Messages m = tibetan ? bo : zh;
        if (p == null) {
            return "?";
        }
        return who(m, p, tibetan);
    }

    /** Role and name: 当事人扎西 in Chinese; a space between them in Tibetan, which has no run-on. */
    private static String who(Messages m, Participant p, boolean tibetan) {
        return m.get(p.role().messageKey()) + (tibetan ? " " : "") + name(p, tibetan);
    }

    /** The read-back confirmation the signers wrote under the record (interpreted where one was). */
    List<String> closing() {
        boolean interpreted = !record().participants(ParticipantRole.INTERPRETER).isEmpty();
        return both(interpreted ? "signature.confirm.interpreted" : "signature.confirm.read");
    }

    /**
     * One line per person present: signed, fingerprint, or the refusal written where the signature
     * would be; in a bilingual document the Tibetan line above the Chinese one. Then the date in
     * Chinese numerals (and in Tibetan where Tibetan is shown).
     */
    List<String> signatures() {
        SiteRecord r = record();
        List<String> out = new ArrayList<>();
        for (Participant p : r.participants()) {
            Signature s = r.signatureOf(p.id()).orElse(null);
            if (language.showsTibetan()) {
                out.add(signatureLine(p, s, true));
            }
            if (language.showsChinese()) {
                out.add(signatureLine(p, s, false));
            }
        }
        Instant end = r.endedAt() == null ? r.startedAt() : r.endedAt();
        java.time.LocalDate day = end.atZone(doc.zone()).toLocalDate();
        if (language.showsTibetan()) {
            out.add(TibetanDate.of(day));
        }
        out.add(ChineseDate.of(day));
        return out;
    }

    private String signatureLine(Participant p, Signature s, boolean tib) {
        Messages m = tib ? bo : zh;
        String who = who(m, p, tib);
        if (s == null) {
            return m.get("docs.signature.none", who);
        }
        String at = time(s.at());
        return switch (s.kind()) {
            case PAD -> m.get("docs.signature.pad", who, at);
            case FINGERPRINT -> m.get("docs.signature.fingerprint", who, at);
            case REFUSED -> m.get("docs.signature.refused", who, s.refusalReason() == null ? "—" : s.refusalReason(),
                    s.refusalWitnessId() == null ? "—"
                            : record().participant(s.refusalWitnessId()).map(w -> name(w, tib)).orElse("—"));
        };
    }

    /** Who signs and presses a fingerprint on every page: the parties and their agents. */
    @Override
    public List<Participant> everyPageSigners() {
        List<Participant> signers = record().participants().stream()
                .filter(p -> p.role() == ParticipantRole.PARTY || p.role() == ParticipantRole.AGENT).toList();
        if (signers.isEmpty()) {
            signers = record().participants().stream().filter(p -> !COURT_STAFF.contains(p.role())).toList();
        }
        return signers;
    }

    /** Everyone present who is not in the boxes of every page signs in a box on the last page. */
    @Override
    public List<Participant> closingSigners() {
        List<Participant> everyPage = everyPageSigners();
        return record().participants().stream().filter(p -> !everyPage.contains(p)).toList();
    }

    @Override
    public java.util.Optional<Signature> signatureOf(Participant p) {
        return record().signatureOf(p.id());
    }

    /** Which text is the original: the Chinese the clerk wrote, read back in Tibetan. */
    @Override
    public List<String> footer() {
        return language.showsTibetan() ? both("docs.footer.original") : List.of();
    }

    private String names(List<Participant> people, boolean tibetan) {
        return String.join(tibetan ? "  " : "、", people.stream().map(p -> name(p, tibetan)).toList());
    }

    static String name(Participant p, boolean tibetan) {
        String n = tibetan && p.nameBo() != null ? p.nameBo() : p.displayName();
        return n == null ? "" : n;
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(doc.zone()));
    }

    /** A message in Tibetan then Chinese, as the document's language asks. */
    private List<String> both(String key, Object... args) {
        List<String> out = new ArrayList<>(2);
        if (language.showsTibetan()) {
            out.add(bo.get(key, args));
        }
        if (language.showsChinese()) {
            out.add(zh.get(key, args));
        }
        return out;
    }
}
