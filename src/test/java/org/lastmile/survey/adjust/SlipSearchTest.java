package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlipSearchTest {

    @Test
    void candidatesOfAWrittenDistance() {
        Map<Double, SlipKind> c = SlipSearch.candidates(58.368, List.of(30.0, 50.0));
        assertThat(c).containsEntry(85.368, SlipKind.DIGITS_SWAPPED)
                .containsEntry(53.868, SlipKind.DIGITS_SWAPPED) // across the decimal point
                .containsEntry(58.638, SlipKind.DIGITS_SWAPPED)
                .containsEntry(58.386, SlipKind.DIGITS_SWAPPED)
                .containsEntry(59.368, SlipKind.ONE_METRE).containsEntry(57.368, SlipKind.ONE_METRE)
                .containsEntry(68.368, SlipKind.TEN_METRES).containsEntry(48.368, SlipKind.TEN_METRES)
                .containsEntry(88.368, SlipKind.TAPE_LENGTH).containsEntry(28.368, SlipKind.TAPE_LENGTH)
                .containsEntry(108.368, SlipKind.TAPE_LENGTH).containsEntry(8.368, SlipKind.TAPE_LENGTH)
                .doesNotContainKey(58.368);
        assertThat(SlipSearch.candidates(315.03, List.of(30.0))).containsEntry(135.03, SlipKind.DIGITS_SWAPPED);
        assertThat(SlipSearch.candidates(0.5, List.of(30.0))).allSatisfy((v, k) -> assertThat(v).isPositive());
    }
}
