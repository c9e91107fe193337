package org.lastmile.docs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lastmile.domain.cases.LandParcel;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.domain.record.BodyCameraLog;
import org.lastmile.domain.record.BoundaryMarker;
import org.lastmile.domain.record.InventoryLine;
import org.lastmile.domain.record.LandDetails;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.SurveyDetails;

/**
 * The sections a record prints because of its kind (documents.md, "Templates and their fields"):
 * the land of a hand-over with its notice, four boundaries, area, markers and the applicant's
 * acceptance; the surveyors, process and result of a survey; the inventory of a seizure; the
 * interpreter's pledge; the body camera's device, span and files. Then what any record may hold:
 * the cash taken on site and the photos attached (by name and hash, which the seal covers).
 */
final class KindSections {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SiteRecord record;
    private final Bilingual text;
    private final ZoneId zone;
    private final String caseNumber;

    KindSections(SiteRecord record, Bilingual text, ZoneId zone, String caseNumber) {
        this.record = record;
        this.text = text;
        this.zone = zone;
        this.caseNumber = caseNumber;
    }

    /** The sections of the record's kind, printed before the transcript. */
    List<String> ofKind() {
        List<String> out = new ArrayList<>();
        RecordDetails details = record.details();
        if (details instanceof RecordDetails.LandHandover h) {
            land(h.land(), out);
        } else if (details instanceof RecordDetails.Survey s) {
            survey(s.survey(), out);
        } else if (details instanceof RecordDetails.Seizure s) {
            seizure(s.inventory(), out);
        } else if (details instanceof RecordDetails.InterpreterPledge) {
            pledge(out);
        } else if (details instanceof RecordDetails.BodyCamera c) {
            camera(c.log(), out);
        }
        return out;
    }

    /** What any record may hold, printed after the transcript: the agreement, cash, attachments. */
    List<String> common() {
        List<String> out = new ArrayList<>();
        if (!record.agreement().isEmpty()) {
            out.addAll(text.lines("record.agreement.title"));
            out.addAll(new AgreementLines(record, text).terms());
            out.addAll(new AgreementLines(record, text).breach());
        }
        if (record.cashCollected() != null) {
            out.addAll(text.lines("docs.cash.collected", record.cashCollected().toPlainString(),
                    ChineseAmount.of(record.cashCollected())));
        }
        List<AttachmentRef> files = record.attachments().stream()
                .filter(a -> a.kind() != AttachmentKind.BODY_CAMERA).toList();
        if (!files.isEmpty()) {
            out.addAll(text.lines("docs.attachments.title"));
            files.forEach(a -> out.add(file(a)));
        }
        return out;
    }

    private void land(LandDetails land, List<String> out) {
        out.addAll(text.lines("record.land.title"));
        if (land.forcedVacating()) {
            out.addAll(text.lines("record.land.forced"));
        }
        out.addAll(text.field("record.land.noticeNumber", land.noticeNumber()));
        out.addAll(text.field("record.land.noticeDeadline", date(land.noticeDeadline())));
        LandParcel parcel = land.parcel();
        if (parcel != null) {
            out.addAll(text.field("record.land.location", parcel.location()));
            out.addAll(text.field("record.land.parcelId", parcel.parcelId()));
            if (parcel.north() != null || parcel.east() != null || parcel.south() != null || parcel.west() != null) {
                out.addAll(text.lines("docs.land.boundaries", dash(parcel.north()), dash(parcel.east()),
                        dash(parcel.south()), dash(parcel.west())));
            }
        }
        out.addAll(text.field("record.land.method", land.method()));
        out.addAll(text.field("record.land.instrument", land.instrument()));
        if (land.areaM2() != null) {
            out.addAll(text.lines("docs.land.area", land.areaM2().toPlainString(), land.areaMu(2).toPlainString()));
        }
        if (!land.markers().isEmpty()) {
            out.addAll(text.lines("docs.land.markers"));
            for (BoundaryMarker m : land.markers()) {
                out.addAll(m.easting() == null || m.northing() == null
                        ? text.lines("docs.land.markerNoCoordinates", dash(m.number()), dash(m.material()))
                        : text.lines("docs.land.marker", dash(m.number()), dash(m.material()),
                                String.format(Locale.ROOT, "%.3f", m.easting()),
                                String.format(Locale.ROOT, "%.3f", m.northing())));
            }
        }
        out.addAll(text.field("record.land.onTheLand", land.onTheLand()));
        if (land.accepted()) {
            out.addAll(text.lines("docs.land.accepted"));
        }
        if (land.reoccupationWarned()) {
            out.addAll(text.lines("record.land.warned"));
        }
        out.addAll(text.field("record.land.followUp", date(land.followUp())));
    }

    private void survey(SurveyDetails survey, List<String> out) {
        out.addAll(text.lines("record.survey.title"));
        out.addAll(text.field("record.field.surveyor", survey.surveyor()));
        out.addAll(text.field("record.field.process", survey.process()));
        out.addAll(text.field("record.field.result", survey.result()));
    }

    private void seizure(List<InventoryLine> inventory, List<String> out) {
        out.addAll(text.lines("record.inventory.title"));
        int n = 1;
        int head = 0;
        for (InventoryLine line : inventory) {
            String sexZh = text.zh().get(line.sex().messageKey());
            String sexBo = text.bo().get(line.sex().messageKey());
            boolean tib = text.language() == DocumentLanguage.BO;
            // the line's words are what the clerk typed; only the sex is translated
            out.add(n++ + ". " + (tib ? text.bo() : text.zh()).get("record.inventory.line", dash(line.species()),
                    tib ? sexBo : sexZh, dash(line.age()), dash(line.colour()), dash(line.earTag()), line.count(),
                    dash(line.custodian())));
            head += line.count();
        }
        out.addAll(text.lines("docs.inventory.total", inventory.size(), head));
    }

    private void pledge(List<String> out) {
        for (Participant p : record.participants(ParticipantRole.INTERPRETER)) {
            String nameZh = p.nameZh() != null ? p.nameZh() : dash(p.nameBo());
            String nameBo = p.nameBo() != null ? p.nameBo() : nameZh;
            if (text.language().showsTibetan()) {
                out.add(text.bo().get("docs.pledge.text", nameBo, caseNumber));
            }
            if (text.language().showsChinese()) {
                out.add(text.zh().get("docs.pledge.text", nameZh, caseNumber));
            }
            if (p.interpreter() != null) {
                out.addAll(text.lines(p.interpreter().relationships().isEmpty() ? "docs.pledge.noInterest"
                        : "docs.pledge.relationships", p.interpreter().relationships().size()));
            }
        }
    }

    private void camera(BodyCameraLog log, List<String> out) {
        out.addAll(text.lines("record.camera.title"));
        out.addAll(text.field("record.camera.device", log.device()));
        out.addAll(text.field("record.camera.start", time(log.start())));
        out.addAll(text.field("record.camera.end", time(log.end())));
        out.addAll(text.field("record.camera.breakReason", log.breakReason()));
        List<AttachmentRef> files = record.attachments().stream()
                .filter(a -> a.kind() == AttachmentKind.BODY_CAMERA).toList();
        if (!files.isEmpty()) {
            out.addAll(text.lines("docs.camera.files"));
            files.forEach(a -> out.add(file(a)));
        }
    }

    /** A file by its name and the start of its SHA-256 (the whole hash is in the sealed record). */
    private static String file(AttachmentRef a) {
        return (a.fileName() == null ? "—" : a.fileName()) + "  SHA-256 " + a.sha256().substring(0, 16) + "…";
    }

    private String time(Instant at) {
        return at == null ? null : TIME.format(at.atZone(zone));
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }
}
