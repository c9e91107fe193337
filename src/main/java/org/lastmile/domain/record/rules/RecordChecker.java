package org.lastmile.domain.record.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lastmile.common.Key;
import org.lastmile.domain.cases.LandParcel;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.BodyCameraLog;
import org.lastmile.domain.record.LandDetails;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.Relationship;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.StandardStatement;

/**
 * Checks a record against the rule table. Each violation names what is missing (a person, a role,
 * a field) so that the officer knows what to do; block-level ones refuse sealing.
 */
public final class RecordChecker {

    private final RuleTable table;
    private final ZoneId zone;

    public RecordChecker(RuleTable table, ZoneId zone) {
        this.table = Objects.requireNonNull(table);
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * Everything the record does not meet.
     *
     * @param contentSha256 the hash of the record's content as it is now (signatures must match it)
     */
    public List<Violation> check(SiteRecord r, String contentSha256) {
        List<Violation> out = new ArrayList<>();
        Sink sink = (rule, args) -> {
            RuleLevel level = table.level(rule);
            if (level != RuleLevel.OFF) {
                out.add(new Violation(rule, level, args));
            }
        };
        checkPeople(r, sink);
        checkInterpreters(r, sink);
        checkType(r, sink);
        checkSignatures(r, contentSha256, sink);
        return out;
    }

    /** Whether nothing blocks sealing. */
    public static boolean sealable(List<Violation> violations) {
        return violations.stream().noneMatch(Violation::blocks);
    }

    /**
     * Whether a session of this kind may start now: a forced vacating may not start before the
     * public notice's deadline (CPL 261). Returns the violation that forbids it, if any.
     */
    public List<Violation> checkStart(RecordDetails details, Instant now) {
        List<Violation> out = new ArrayList<>();
        if (details instanceof RecordDetails.LandHandover h && h.land().forcedVacating()
                && table.level(RecordRule.VACATING_AFTER_DEADLINE) != RuleLevel.OFF) {
            LandDetails land = h.land();
            LocalDate today = LocalDate.ofInstant(now, zone);
            if (land.noticeDeadline() == null || !today.isAfter(land.noticeDeadline())) {
                out.add(new Violation(RecordRule.VACATING_AFTER_DEADLINE, table.level(RecordRule.VACATING_AFTER_DEADLINE),
                        land.noticeDeadline() == null ? "—" : land.noticeDeadline().toString()));
            }
        }
        return out;
    }

    @FunctionalInterface
    private interface Sink {
        void add(RecordRule rule, Object... args);
    }

    private void checkPeople(SiteRecord r, Sink sink) {
        List<Participant> officers = r.participants(ParticipantRole.OFFICER);
        if (officers.size() < 2) {
            sink.add(RecordRule.TWO_OFFICERS, officers.size());
        }
        if (r.cashCollected() != null && r.cashCollected().signum() > 0 && officers.size() < 2) {
            sink.add(RecordRule.TWO_OFFICERS_FOR_CASH, r.cashCollected().toPlainString());
        }
        for (Participant o : officers) {
            if (!o.idShown()) {
                sink.add(RecordRule.OFFICER_ID_SHOWN, o.name());
            }
        }
        if (r.place().name() == null) {
            sink.add(RecordRule.PLACE_NAMED);
        }
        if (r.endedAt() == null) {
            sink.add(RecordRule.END_TIME);
        }
    }

    private void checkInterpreters(SiteRecord r, Sink sink) {
        List<Participant> interpreters = r.participants(ParticipantRole.INTERPRETER);
        for (Participant p : r.participants()) {
            boolean speaks = p.role() == ParticipantRole.PARTY || p.role() == ParticipantRole.AGENT
                    || p.role() == ParticipantRole.WITNESS || p.role() == ParticipantRole.COMMITTEE_REPRESENTATIVE;
            if (speaks && p.language() != r.language() && interpreters.stream().noneMatch(
                    i -> i.interpreter() != null && i.interpreter().covers(p.language())
                            && i.interpreter().covers(r.language()))) {
                sink.add(RecordRule.INTERPRETER_REQUIRED, p.name(), new Key(p.language().messageKey()));
            }
        }
        List<Participant> parties = r.participants(ParticipantRole.PARTY);
        for (Participant i : interpreters) {
            if (i.interpreter() == null || !i.interpreter().pledged()) {
                sink.add(RecordRule.INTERPRETER_PLEDGE, i.name());
            }
            Map<java.util.UUID, Relationship> relations = i.interpreter() == null ? Map.of() : i.interpreter().relationships();
            for (Participant party : parties) {
                Relationship relation = relations.get(party.id());
                if (relation == null) {
                    sink.add(RecordRule.INTERPRETER_RELATIONSHIP, i.name(), party.name());
                } else if (relation.conflicts()) {
                    sink.add(RecordRule.INTERPRETER_CONFLICT, i.name(), party.name(),
                            new Key(relation.messageKey()));
                }
            }
        }
        if (r.details() instanceof RecordDetails.InterpreterPledge && interpreters.isEmpty()) {
            sink.add(RecordRule.PLEDGE_INTERPRETER);
        }
    }

    private void checkType(SiteRecord r, Sink sink) {
        RecordDetails details = r.details();
        boolean committeeNeeded = details instanceof RecordDetails.LandHandover
                || details instanceof RecordDetails.Seizure;
        if (committeeNeeded && r.participants(ParticipantRole.COMMITTEE_REPRESENTATIVE).isEmpty()) {
            sink.add(RecordRule.COMMITTEE_PRESENT, new Key(r.type().messageKey()));
        }
        if (details instanceof RecordDetails.LandHandover h) {
            checkLand(r, h.land(), sink);
        } else if (details instanceof RecordDetails.Survey s) {
            if (s.survey().surveyor() == null) {
                sink.add(RecordRule.SURVEY_FIELDS, new Key("record.field.surveyor"));
            }
            if (s.survey().process() == null) {
                sink.add(RecordRule.SURVEY_FIELDS, new Key("record.field.process"));
            }
            if (s.survey().result() == null) {
                sink.add(RecordRule.SURVEY_FIELDS, new Key("record.field.result"));
            }
        } else if (details instanceof RecordDetails.Seizure s) {
            if (s.inventory().isEmpty()) {
                sink.add(RecordRule.SEIZURE_INVENTORY);
            }
        } else if (details instanceof RecordDetails.Settlement) {
            if (r.agreement().isEmpty()) {
                sink.add(RecordRule.SETTLEMENT_TERMS);
            }
            if (r.agreement().breachZh() == null && r.agreement().breachBo() == null) {
                sink.add(RecordRule.SETTLEMENT_BREACH);
            }
        } else if (details instanceof RecordDetails.BodyCamera c) {
            boolean files = r.attachments().stream().anyMatch(a -> a.kind() == AttachmentKind.BODY_CAMERA);
            BodyCameraLog log = c.log();
            if (log.device() == null || log.start() == null || log.end() == null || !files) {
                sink.add(RecordRule.BODY_CAMERA_FIELDS);
            }
        } else if (details instanceof RecordDetails.Enforcement) {
            boolean rights = r.transcript().stream().anyMatch(t -> t.statement() == StandardStatement.RIGHTS_AND_DUTIES);
            boolean recusal = r.transcript().stream().anyMatch(t -> t.statement() == StandardStatement.RECUSAL_QUESTION);
            if (!rights || !recusal) {
                sink.add(RecordRule.RIGHTS_TOLD);
            }
        }
        // The interpreter's pledge has only the checks common to all records.
    }

    private void checkLand(SiteRecord r, LandDetails land, Sink sink) {
        if (land.noticeNumber() == null) {
            sink.add(RecordRule.NOTICE_REFERENCE);
        }
        if (land.forcedVacating()) {
            LocalDate started = LocalDate.ofInstant(r.startedAt(), zone);
            if (land.noticeDeadline() == null || !started.isAfter(land.noticeDeadline())) {
                sink.add(RecordRule.VACATING_AFTER_DEADLINE,
                        land.noticeDeadline() == null ? "—" : land.noticeDeadline().toString());
            }
        }
        LandParcel parcel = land.parcel();
        if (parcel == null || parcel.location() == null) {
            sink.add(RecordRule.LAND_FIELDS, new Key("record.field.location"));
        }
        if (parcel == null || !parcel.hasFourBoundaries()) {
            sink.add(RecordRule.LAND_FIELDS, new Key("record.field.boundaries"));
        }
        if (land.areaM2() == null) {
            sink.add(RecordRule.LAND_FIELDS, new Key("record.field.area"));
        }
        if (land.method() == null) {
            sink.add(RecordRule.LAND_FIELDS, new Key("record.field.method"));
        }
    }

    private void checkSignatures(SiteRecord r, String contentSha256, Sink sink) {
        for (Participant p : r.participants()) {
            Signature s = r.signatureOf(p.id()).orElse(null);
            if (s == null) {
                sink.add(RecordRule.SIGNATURES_COMPLETE, p.name());
                continue;
            }
            if (!s.contentSha256().equals(contentSha256)) {
                sink.add(RecordRule.SIGNATURE_CURRENT, p.name());
            }
            if (s.kind() == SignatureKind.REFUSED) {
                if (s.refusalReason() == null) {
                    sink.add(RecordRule.REFUSAL_REASON, p.name());
                }
                if (s.refusalWitnessId() == null || r.participant(s.refusalWitnessId()).isEmpty()
                        || s.refusalWitnessId().equals(p.id())) {
                    sink.add(RecordRule.REFUSAL_WITNESS, p.name());
                }
            } else if (needsReadBack(p) && (s.readBackLanguage() != p.language() || s.confirmation() == null)) {
                sink.add(RecordRule.READ_BACK, p.name(), new Key(p.language().messageKey()));
            }
        }
    }

    // Court staff write the record; everyone else confirms it was read back to them.
    private static boolean needsReadBack(Participant p) {
        return p.role() != ParticipantRole.OFFICER && p.role() != ParticipantRole.CLERK
                && p.role() != ParticipantRole.BAILIFF;
    }
}
