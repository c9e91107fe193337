package org.lastmile.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lastmile.common.LocalizedException;

class CreditCodeTest {

    @Test
    void acceptsTheStandardsExample() {
        // The example code of GB 32100-2015.
        assertThat(CreditCode.parse("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void refusesAWrongCheckCharacterAndForbiddenLetters() {
        assertThatThrownBy(() -> CreditCode.parse("91350100M000100Y44"))
                .isInstanceOfSatisfying(LocalizedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("party.creditCode.error.checkDigit"));
        assertThatThrownBy(() -> CreditCode.parse("91350100I000100Y43"))
                .isInstanceOfSatisfying(LocalizedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("party.creditCode.error.characters"));
    }
}
