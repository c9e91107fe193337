package org.lastmile.domain.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lastmile.domain.cases.SpokenLanguage;

/** A record holds the details of its own kind only. */
class SiteRecordTest {

    private static SiteRecord start(RecordType type) {
        return SiteRecord.start(UUID.randomUUID(), RecordFixtures.id("case"), type, SpokenLanguage.CHINESE,
                RecordFixtures.START, Place.named("果洛藏贡麻村"));
    }

    @Test
    void aNewRecordOfEachKindStartsWithEmptyDetailsOfThatKind() {
        assertThat(start(RecordType.LAND_HANDOVER).details()).isEqualTo(new RecordDetails.LandHandover(LandDetails.EMPTY));
        assertThat(start(RecordType.SEIZURE).details()).isEqualTo(new RecordDetails.Seizure(List.of()));
        assertThat(start(RecordType.SURVEY).details()).isEqualTo(new RecordDetails.Survey(SurveyDetails.EMPTY));
        assertThat(start(RecordType.BODY_CAMERA_LOG).details())
                .isEqualTo(new RecordDetails.BodyCamera(BodyCameraLog.EMPTY));
        assertThat(start(RecordType.ENFORCEMENT).details()).isEqualTo(new RecordDetails.Enforcement());
        assertThat(start(RecordType.SETTLEMENT).details()).isEqualTo(new RecordDetails.Settlement());
        assertThat(start(RecordType.INTERPRETER_PLEDGE).details()).isEqualTo(new RecordDetails.InterpreterPledge());
        for (RecordType type : RecordType.values()) {
            assertThat(start(type).type()).isEqualTo(type);
            assertThat(start(type).carried()).isEqualTo(CarriedSections.NONE);
        }
    }

    @Test
    void aRecordNeverTakesTheDetailsOfAnotherKind() {
        SiteRecord enforcement = start(RecordType.ENFORCEMENT);
        assertThatThrownBy(() -> enforcement.edit().details(new RecordDetails.LandHandover(RecordFixtures.land())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(enforcement.details(RecordDetails.LandHandover.class)).isEmpty();
    }

    @Test
    void anAmendmentStartsWithEmptyDetailsOfTheSameKindAndCarriesNothing() {
        SiteRecord carrying = new SiteRecord(UUID.randomUUID(), RecordFixtures.id("case"), SpokenLanguage.CHINESE,
                RecordFixtures.START, null, Place.named("果洛藏贡麻村"), List.of(), List.of(), Agreement.NONE,
                new RecordDetails.LandHandover(RecordFixtures.land()), null, List.of(), null, List.of(), null,
                new CarriedSections(List.of(), LandDetails.EMPTY, new SurveyDetails("张建华", null, null),
                        BodyCameraLog.EMPTY));
        assertThat(carrying.edit().endedAt(RecordFixtures.START.plusSeconds(60)).build().carried())
                .as("an edit keeps what the record carries").isEqualTo(carrying.carried());
        SiteRecord amendment = carrying.amendment(RecordFixtures.START.plusSeconds(3600));
        assertThat(amendment.details()).isEqualTo(new RecordDetails.LandHandover(LandDetails.EMPTY));
        assertThat(amendment.carried()).isEqualTo(CarriedSections.NONE);
        assertThat(amendment.amends()).isEqualTo(carrying.id());
    }
}
