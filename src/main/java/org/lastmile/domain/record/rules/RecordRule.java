package org.lastmile.domain.record.rules;

/**
 * The rules a record is checked against before it may be sealed (domain.md, documents.md). The
 * checks are code; each rule's level comes from the configurable {@link RuleTable}.
 */
public enum RecordRule {
    /** Fewer than two officers on site (practice). */
    TWO_OFFICERS("officers.atLeastTwo", RuleLevel.WARN),
    /** Cash taken on site needs two officers. */
    TWO_OFFICERS_FOR_CASH("officers.twoForCash", RuleLevel.BLOCK),
    /** Officers show their identity card. */
    OFFICER_ID_SHOWN("officers.idShown", RuleLevel.WARN),
    /** A person whose language differs from the record's needs an interpreter (CPL 11). */
    INTERPRETER_REQUIRED("interpreter.required", RuleLevel.BLOCK),
    /** An interpreter related to a party must step aside (CPL 47). */
    INTERPRETER_CONFLICT("interpreter.conflict", RuleLevel.BLOCK),
    /** The interpreter's relationship to each party is recorded. */
    INTERPRETER_RELATIONSHIP("interpreter.relationshipMissing", RuleLevel.BLOCK),
    /** The interpreter made the pledge of faithful interpretation. */
    INTERPRETER_PLEDGE("interpreter.pledge", RuleLevel.BLOCK),
    /** Seizures and land hand-overs need the village or herders' committee (CPL 256, 261). */
    COMMITTEE_PRESENT("committee.present", RuleLevel.BLOCK),
    /** A land hand-over names the public notice (公告). */
    NOTICE_REFERENCE("land.noticeReference", RuleLevel.BLOCK),
    /** A forced vacating may not start before the notice's deadline (CPL 261). */
    VACATING_AFTER_DEADLINE("land.vacatingBeforeDeadline", RuleLevel.BLOCK),
    /** A land record states location, four boundaries, area and measuring method. */
    LAND_FIELDS("land.fields", RuleLevel.BLOCK),
    /** A survey record states surveyor, process and result (evidence rules 2019, art. 43). */
    SURVEY_FIELDS("survey.fields", RuleLevel.BLOCK),
    /** A seizure lists what was seized. */
    SEIZURE_INVENTORY("seizure.inventory", RuleLevel.BLOCK),
    /** A settlement states its terms. */
    SETTLEMENT_TERMS("settlement.terms", RuleLevel.BLOCK),
    /** A settlement states the consequences of breach (执行和解规定 9). */
    SETTLEMENT_BREACH("settlement.breach", RuleLevel.BLOCK),
    /** A body-camera log names the device, the times and the files. */
    BODY_CAMERA_FIELDS("bodyCamera.fields", RuleLevel.BLOCK),
    /** An interpreter's pledge record needs the interpreter. */
    PLEDGE_INTERPRETER("pledge.interpreter", RuleLevel.BLOCK),
    /** Every record names its place. */
    PLACE_NAMED("record.place", RuleLevel.BLOCK),
    /** A record is sealed after it ended. */
    END_TIME("record.endTime", RuleLevel.BLOCK),
    /** Rights and duties were told and recusal asked. */
    RIGHTS_TOLD("record.rightsTold", RuleLevel.WARN),
    /** Everyone present signed, pressed a fingerprint, or refused. */
    SIGNATURES_COMPLETE("signature.missing", RuleLevel.BLOCK),
    /** A signature covers the record as it is now. */
    SIGNATURE_CURRENT("signature.stale", RuleLevel.BLOCK),
    /** A refusal to sign states its reason (民诉解释 498). */
    REFUSAL_REASON("signature.refusalReason", RuleLevel.BLOCK),
    /** A refusal to sign is witnessed. */
    REFUSAL_WITNESS("signature.refusalWitness", RuleLevel.BLOCK),
    /** The record was read back to each signatory in their language. */
    READ_BACK("signature.readBack", RuleLevel.BLOCK);

    private final String id;
    private final RuleLevel defaultLevel;

    RecordRule(String id, RuleLevel defaultLevel) {
        this.id = id;
        this.defaultLevel = defaultLevel;
    }

    /** The rule's name in the rule table and the last part of its message key. */
    public String id() {
        return id;
    }

    public RuleLevel defaultLevel() {
        return defaultLevel;
    }

    /** The bundle key of the message that says what is missing. */
    public String messageKey() {
        return "rule." + id;
    }
}
