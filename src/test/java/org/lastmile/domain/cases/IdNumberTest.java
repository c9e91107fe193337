package org.lastmile.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lastmile.common.LocalizedException;

class IdNumberTest {

    @Test
    void acceptsTheStandardsOwnExamples() {
        // GB 11643-1999 appendix examples, the second with check character X.
        assertThat(IdNumber.parse("11010519491231002X").birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(IdNumber.parse("440524188001010014").value()).isEqualTo("440524188001010014");
        assertThat(IdNumber.parse("11010519491231002x").value()).endsWith("X");
    }

    @Test
    void computesTheCheckCharacter() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void refusesAWrongCheckDigitNamingTheExpectedOne() {
        assertThatThrownBy(() -> IdNumber.parse("110105194912310021"))
                .isInstanceOfSatisfying(LocalizedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("party.idNumber.error.checkDigit");
                    assertThat(e.messageArgs()).containsExactly("1", "X");
                });
    }

    @Test
    void refusesBadLengthCharactersAndImpossibleBirthDates() {
        assertKey("1101051949123100", "party.idNumber.error.length");
        assertKey("11010519491231A02X", "party.idNumber.error.characters");
        // 31 February, with a matching check character so only the date is wrong.
        String first17 = "63222419900231001";
        assertKey(first17 + IdNumber.checkCharacter(first17), "party.idNumber.error.birthDate");
    }

    @Test
    void masksTheMiddleForRedactedExports() {
        assertThat(IdNumber.parse("11010519491231002X").masked()).isEqualTo("110105********002X");
    }

    private static void assertKey(String text, String key) {
        assertThatThrownBy(() -> IdNumber.parse(text))
                .isInstanceOfSatisfying(LocalizedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
