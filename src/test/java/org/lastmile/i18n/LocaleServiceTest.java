package org.lastmile.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocaleServiceTest {

    @Test
    void theMessagesReadBeforeASwitchAreTheOnesTheSwitchUses() {
        LocaleService locale = new LocaleService(Language.CHINESE);

        Messages readEarly = locale.messagesIn(Language.TIBETAN);
        assertThat(locale.getLanguage()).isEqualTo(Language.CHINESE);
        locale.setLanguage(Language.TIBETAN);

        assertThat(locale.messages()).isSameAs(readEarly);
        assertThat(org.lastmile.i18n.tibetan.TibetanScript.contains(locale.get("app.name"))).isTrue();
    }

    @Test
    void theDigitSettingIsPartOfWhatIsReadEarly() {
        LocaleService locale = new LocaleService(Language.CHINESE);
        locale.tibetanDigitsProperty().set(true);

        Messages readEarly = locale.messagesIn(Language.TIBETAN);
        locale.setLanguage(Language.TIBETAN);

        assertThat(locale.messages()).isSameAs(readEarly);
        assertThat(readEarly.formatLocale().toLanguageTag()).isEqualTo("bo-u-nu-tibt");
    }
}
