package org.lastmile.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lastmile.common.LocalizedException;
import org.lastmile.ui.common.form.DateInput;

class DateInputTest {

    @Test
    void readsTheWaysADateIsWritten() {
        LocalDate day = LocalDate.of(2026, 9, 12);
        assertThat(DateInput.parse("2026-09-12")).isEqualTo(day);
        assertThat(DateInput.parse("2026/9/12")).isEqualTo(day);
        assertThat(DateInput.parse(" 2026.9.12 ")).isEqualTo(day);
        assertThat(DateInput.parse("2026年9月12日")).isEqualTo(day);
        assertThat(DateInput.parse("༢༠༢༦-༠༩-༡༢")).isEqualTo(day);
        assertThat(DateInput.parse("２０２６－９－１２".replace('－', '-'))).isEqualTo(day);
        assertThat(DateInput.parse("  ")).isNull();
    }

    @Test
    void refusesImpossibleAndUnreadableDates() {
        assertThatThrownBy(() -> DateInput.parse("2026-02-30")).isInstanceOfSatisfying(LocalizedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("form.date.error.impossible"));
        assertThatThrownBy(() -> DateInput.parse("2026-13-01")).isInstanceOfSatisfying(LocalizedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("form.date.error.impossible"));
        assertThatThrownBy(() -> DateInput.parse("next tuesday")).isInstanceOfSatisfying(LocalizedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("form.date.error.format"));
    }
}
