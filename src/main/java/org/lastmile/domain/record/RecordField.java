package org.lastmile.domain.record;

import org.lastmile.common.MessageKeyed;

/**
 * A part of a record as the officer knows it from the record screen, named in the user's
 * language: what a seal check reports as changed, instead of the path in the stored JSON
 * ({@code land.area_m2} reads "面积（平方米）"). Where the screen has a label for the field, the
 * field's name is that label.
 */
public enum RecordField implements MessageKeyed {
    IDENTITY("record.part.identity"),
    STARTED("record.place.started"),
    ENDED("record.place.ended"),
    PLACE("record.place.title"),
    PLACE_NAME("record.place.name"),
    LONGITUDE("record.place.longitude"),
    LATITUDE("record.place.latitude"),
    PARTICIPANTS("record.people.title"),
    TRANSCRIPT("record.transcript.title"),
    AGREEMENT("record.agreement.title"),
    BREACH_ZH("record.agreement.breachZh"),
    BREACH_BO("record.agreement.breachBo"),
    INVENTORY("record.inventory.title"),
    LAND("record.land.title"),
    LAND_FORCED("record.land.forced"),
    LAND_NOTICE_NUMBER("record.land.noticeNumber"),
    LAND_NOTICE_DEADLINE("record.land.noticeDeadline"),
    LAND_LOCATION("record.land.location"),
    LAND_PARCEL_ID("record.land.parcelId"),
    LAND_BOUNDARIES("record.field.boundaries"),
    LAND_METHOD("record.land.method"),
    LAND_INSTRUMENT("record.land.instrument"),
    LAND_AREA_M2("record.land.areaM2"),
    LAND_MARKERS("record.part.markers"),
    LAND_ON_THE_LAND("record.land.onTheLand"),
    LAND_ACCEPTED("record.land.accepted"),
    LAND_WARNED("record.land.warned"),
    LAND_FOLLOW_UP("record.land.followUp"),
    SURVEY("record.survey.title"),
    SURVEYOR("record.field.surveyor"),
    SURVEY_PROCESS("record.field.process"),
    SURVEY_RESULT("record.field.result"),
    BODY_CAMERA("record.camera.title"),
    CAMERA_DEVICE("record.camera.device"),
    CAMERA_START("record.camera.start"),
    CAMERA_END("record.camera.end"),
    CAMERA_BREAK_REASON("record.camera.breakReason"),
    CASH("record.part.cash"),
    ATTACHMENTS("record.attachments.title"),
    SKETCH("record.part.sketch"),
    SIGNATURES("record.signatures.title"),
    /** Anything not named above (the document as a whole, a part a newer version added). */
    OTHER("record.part.other");

    private final String messageKey;

    RecordField(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The field's name in the user's language. */
    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public Object[] messageArgs() {
        return new Object[0];
    }
}
