package org.lastmile.store.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastmile.domain.record.RecordField;

/** The JSON paths of a changed sealed record read as the fields the record screen shows. */
class ChangedFieldsTest {

    @Test
    void aFieldOfItsOwnIsNamed() {
        assertThat(ChangedFields.of("land.area_m2")).isEqualTo(RecordField.LAND_AREA_M2);
        assertThat(ChangedFields.of("body_camera.break_reason")).isEqualTo(RecordField.CAMERA_BREAK_REASON);
    }

    @Test
    void anIndexedOrDeeperPathTakesItsNearestNamedPart() {
        assertThat(ChangedFields.of("transcript[3].original")).isEqualTo(RecordField.TRANSCRIPT);
        assertThat(ChangedFields.of("land.parcel.north")).isEqualTo(RecordField.LAND_BOUNDARIES);
        assertThat(ChangedFields.of("land.markers[0].e")).isEqualTo(RecordField.LAND_MARKERS);
    }

    @Test
    void aPathNoPartNamesIsOtherContent() {
        assertThat(ChangedFields.of("$")).isEqualTo(RecordField.OTHER);
        assertThat(ChangedFields.of("added_by_a_later_version")).isEqualTo(RecordField.OTHER);
    }

    @Test
    void eachFieldIsNamedOnceInTheOrderFound() {
        assertThat(ChangedFields.of(List.of("transcript[1].original", "land.area_m2", "transcript[2].translation")))
                .containsExactly(RecordField.TRANSCRIPT, RecordField.LAND_AREA_M2);
    }
}
