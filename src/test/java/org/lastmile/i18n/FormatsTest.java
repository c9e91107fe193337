package org.lastmile.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Independent values: CLDR's month names and the Unicode Tibetan digits U+0F20–U+0F29. */
class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 12);

    private static Formats formats(Language language, boolean tibetanDigits) {
        return Formats.of(Messages.of(language, LocaleService.formatLocale(language, tibetanDigits)));
    }

    @Test
    void longDatesUseTheMonthNamesOfTheLanguage() {
        assertThat(formats(Language.CHINESE, false).longDate(DAY)).isEqualTo("2026年9月12日");
        assertThat(formats(Language.ENGLISH, false).longDate(DAY)).isEqualTo("September 12, 2026");
        // ཟླ་བ་དགུ་པ = the ninth month; སྤྱི་ལོ = common era year.
        assertThat(formats(Language.TIBETAN, false).longDate(DAY)).isEqualTo("སྤྱི་ལོ་2026 ཟླ་བ་དགུ་པའི་ཚེས་12");
    }

    @Test
    void tibetanDigitsWhenTheSettingIsOn() {
        Formats tibt = formats(Language.TIBETAN, true);
        assertThat(tibt.longDate(DAY)).isEqualTo("སྤྱི་ལོ་༢༠༢༦ ཟླ་བ་དགུ་པའི་ཚེས་༡༢");
        assertThat(tibt.shortDate(DAY)).isEqualTo("༢༠༢༦-༠༩-༡༢");
        assertThat(tibt.number(new BigDecimal("6.6"))).isEqualTo("༦.༦");
        assertThat(tibt.number(new BigDecimal("48000"))).isEqualTo("༤༨,༠༠༠");
        assertThat(tibt.integer(123)).isEqualTo("༡༢༣");
    }

    @Test
    void theDigitSettingChangesNothingOutsideTheTibetanInterface() {
        assertThat(formats(Language.CHINESE, true).number(new BigDecimal("6.6"))).isEqualTo("6.6");
        assertThat(formats(Language.TIBETAN, false).integer(123)).isEqualTo("123");
    }

    @Test
    void messagesFormatTheirNumbersWithTibetanDigitsToo() {
        Messages tibt = Messages.of(Language.TIBETAN, LocaleService.formatLocale(Language.TIBETAN, true));
        assertThat(Countdown.of(tibt, 12)).contains("༡༢").doesNotContain("12");
        assertThat(Countdown.of(Messages.of(Language.TIBETAN), 12)).contains("12");
    }

    @Test
    void shortDatesForTables() {
        assertThat(formats(Language.CHINESE, false).shortDate(DAY)).isEqualTo("2026/9/12");
        assertThat(formats(Language.ENGLISH, false).shortDate(DAY)).isEqualTo("Sep 12, 2026");
        assertThat(formats(Language.CHINESE, false).number(new BigDecimal("12.345"))).isEqualTo("12.345");
    }
}
